"""Dues counted from events (engine/importing/event_dues.py): days counted from the paper a register's
row dates in its own `Ngày …` column, working days before or after a dated event, the event's own day
called by its noun; and a report at a meeting of a numbered month (engine/deadlines/parsing.py)."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Table
from engine.importing.event_dues import relative_due, resolve_event_dues
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import BlocksDocument, document_of, table_of

# ruff: noqa: E501 — document text is data: long lines.

REGISTER = """
SỔ THEO DÕI XỬ LÝ SAU THANH TRA
STT\tSố văn bản\tNgày ban hành\tNội dung\tĐơn vị thực hiện\tThời hạn
1\t08/QĐ-TTr\t02/03/2029\tThu hồi tiền chi sai\tTrường Tiểu học Bình An\t30 ngày kể từ ngày ban hành quyết định
2\t08/QĐ-TTr\t02/03/2029\tKiểm điểm kế toán\tTrường Tiểu học Bình An\t10 ngày làm việc kể từ ngày ban hành
3\t15/KL-TTr\t\tSửa quy chế chi tiêu\tTrạm Y tế xã\t20 ngày kể từ ngày ký kết luận
"""

REGISTER_BY_CODE = """
STT\tSố TB\tNgày TB\tNgày nhập\tNội dung\tThời hạn
1\t31/TB-UBND\t11/06/2029\t14/06/2029\tBáo cáo giải trình\t15 ngày kể từ ngày ký thông báo
2\t32/TB-UBND\t12/06/2029\t14/06/2029\tĐiều chỉnh dự toán\t15 ngày kể từ ngày ký hợp đồng
"""


def _row_lines(document) -> list[int]:
    return [line for block in document.blocks if isinstance(block, Table) for line in block.row_lines]


def _resolved(text: str, dues: list[str], year: int = 2029) -> list[str]:
    document = document_of(text)
    lines = _row_lines(document)[1:]
    items = [
        RawItem(line=line, content=f"việc {n}", due=due)
        for n, (line, due) in enumerate(zip(lines, dues, strict=True))
    ]
    resolve_event_dues(items, document, year)
    return [item.due for item in items]


def test_days_from_the_paper_are_counted_from_the_day_the_row_prints_for_it():
    dues = [
        "30 ngày kể từ ngày ban hành quyết định",
        "10 ngày làm việc kể từ ngày ban hành",
        "20 ngày kể từ ngày ký kết luận",
    ]
    assert _resolved(REGISTER, dues) == [
        "01/04/2029 (30 ngày kể từ ngày ban hành quyết định)",
        "16/03/2029 (10 ngày làm việc kể từ ngày ban hành)",  # Friday 02/03 + ten working days
        "20 ngày kể từ ngày ký kết luận",  # the row prints no day: kept for a person to set
    ]


def test_a_date_column_counts_only_where_its_header_names_the_paper():
    dues = ["15 ngày kể từ ngày ký thông báo", "15 ngày kể từ ngày ký hợp đồng"]
    assert _resolved(REGISTER_BY_CODE, dues) == [
        "26/06/2029 (15 ngày kể từ ngày ký thông báo)",  # `Ngày TB`, not the day it was entered
        "15 ngày kể từ ngày ký hợp đồng",  # a contract: no column dates it
    ]


CONFERENCE = """
KẾ HOẠCH TỔ CHỨC HỘI THI
Hội thi dự kiến được tổ chức vào ngày 21/9/2029 (thứ Sáu) tại Nhà văn hóa xã.
TT\tNội dung\tBộ phận\tThời gian
1\tMời ban giám khảo\tBộ phận Văn phòng\tTrước Hội thi 04 ngày làm việc
2\tTrao giải\tBộ phận Văn phòng\tTrong ngày Hội thi
3\tBáo cáo kết quả\tBộ phận Văn phòng\tChậm nhất 03 ngày làm việc sau Hội thi
4\tQuyết toán\tBộ phận Kế toán\tSau Hội thi 03 ngày
"""


def test_working_days_before_and_after_a_dated_event_and_its_own_day():
    dues = [
        "Trước Hội thi 04 ngày làm việc",
        "Trong ngày Hội thi",
        "Chậm nhất 03 ngày làm việc sau Hội thi",
        "Sau Hội thi 03 ngày",
    ]
    assert _resolved(CONFERENCE, dues) == [
        "17/09/2029 (Trước Hội thi 04 ngày làm việc)",
        "21/09/2029 (Trong ngày Hội thi)",
        "26/09/2029 (03 ngày làm việc sau Hội thi)",  # Friday: Monday, Tuesday, Wednesday
        "24/09/2029 (Sau Hội thi 03 ngày)",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày Đại hội", ("dai hoi", 0)),
        ("Trong ngày Hội nghị.", ("hoi nghi", 0)),
        ("Ngày hội", None),  # a festival's name, no event's day
        ("Trong ngày", None),
    ],
)
def test_the_event_s_own_day_by_its_noun(text, expected):
    assert relative_due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Báo cáo Thường trực tại hội nghị tháng 10", date(2029, 10, 31)),
        ("báo cáo tại phiên họp tháng 6/2029", date(2029, 6, 30)),
    ],
)
def test_a_report_at_a_meeting_of_a_numbered_month_is_due_in_that_month(text, expected):
    due = parse_due(text, year=2029)
    assert (due.date, due.recurrence) == (expected, None)


def test_a_report_of_every_month_is_still_a_round():
    assert parse_due("Báo cáo tháng, quý", year=2029).recurrence is not None


def test_working_days_from_a_meeting_whose_opening_sentence_wraps_over_printed_lines():
    # a PDF's lines: the day on one, `chủ trì cuộc họp` on the next
    text = """
THÔNG BÁO
Kết luận của Giám đốc Trung tâm tại cuộc họp về chuyển đổi số
Chiều thứ Sáu, ngày 12/10/2029, đồng chí Phan Minh Đức, Giám đốc Trung tâm
Y tế huyện chủ trì cuộc họp về triển khai bệnh án điện tử.
1. Giao Phòng Kế hoạch - Nghiệp vụ hoàn thiện quy trình trong 03 ngày làm việc kể từ ngày họp.
"""
    items = [
        RawItem(
            line=0,
            content="Giao Phòng Kế hoạch - Nghiệp vụ hoàn thiện quy trình",
            due="trong 03 ngày làm việc kể từ ngày họp",
        )
    ]
    resolve_event_dues(items, document_of(text), 2029)
    # Friday 12/10 + three working days: Monday 15, Tuesday 16, Wednesday 17
    assert items[0].due == "17/10/2029 (trong 03 ngày làm việc kể từ ngày họp)"


def test_days_before_a_meeting_count_from_the_day_its_group_row_prints():
    header = ["STT", "Nội dung", "Cơ quan chuẩn bị", "Thời gian trình"]

    def group(text):
        return [(text, 1, 4)]  # merged across the table

    table = table_of(
        [
            header,
            group("I. PHIÊN HỌP THƯỜNG KỲ THÁNG 4 (dự kiến ngày 25/4/2030)"),
            ["1", "Đề án A", "Phòng Nội vụ", "Trước phiên họp 05 ngày"],
            ["2", "Đề án B", "Phòng Tài chính", "Trước 10/4"],
            group("II. PHIÊN HỌP THƯỜNG KỲ THÁNG 10 (dự kiến tháng 10/2030)"),
            ["3", "Đề án C", "Phòng Nội vụ", "Trước phiên họp 05 ngày"],
            group("III. PHIÊN HỌP THƯỜNG KỲ THÁNG 12 (dự kiến ngày 20/12/2030)"),
            ["4", "Đề án D", "Phòng Y tế", "Trước phiên họp 07 ngày"],
        ]
    )
    items = [
        RawItem(line=3, content="Đề án A", due="Trước phiên họp 05 ngày"),
        RawItem(line=6, content="Đề án C", due="Trước phiên họp 05 ngày"),
        RawItem(line=8, content="Đề án D", due="Trước phiên họp 07 ngày"),
    ]
    resolve_event_dues(items, BlocksDocument([table]), 2030)
    assert [item.due for item in items] == [
        "20/04/2030 (Trước phiên họp 05 ngày)",
        "Trước phiên họp 05 ngày",  # a meeting dated only by its month: for a person to set
        "13/12/2030 (Trước phiên họp 07 ngày)",
    ]
    assert relative_due("Trước phiên họp 05 ngày") == ("phien hop", -5)
