"""Shapes taught by h13fixKP (held-out h273, h269, h263, h268), each on other text: a time that names
only a day or a part of a month (`Ngày 12`, `Trước 28`, `Tuần cuối`) under a merged month row or a
month's title in capitals (`THÁNG 10`) is that month's; thirds of a month (`Trung tuần tháng 6`: the
20th); periods abbreviated (`9T đầu năm`) or written to the year's end (`Hết năm`); a legend entry
`<short> - <name>` and a total line `Cộng kinh phí`. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

import pytest

from engine.deadlines.parsing import MONTHLY, parse_due, within_month
from engine.importing.blocks import Paragraph
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_tasks import in_heading_period
from engine.importing.units import short_form_legend

from .helpers_blocks import context_of, table_items, table_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thượng tuần tháng 6", date(2029, 6, 10)),
        ("Trung tuần tháng 6", date(2029, 6, 20)),
        ("Giữa tháng 6", date(2029, 6, 15)),
        ("Hạ tuần tháng 2", date(2029, 2, 28)),
        ("Trước 28 (Tháng 2/2029)", date(2029, 2, 28)),
        ("Ngày 04 và 18 (THÁNG 3)", date(2029, 3, 18)),
        ("ngày 21 - 23 (Tháng 5)", date(2029, 5, 23)),
        ("Từ 02 - 06 (Tháng 11)", date(2029, 11, 6)),
        ("Tuần cuối (THÁNG 4)", date(2029, 4, 30)),
        ("Đầu tháng (Tháng 8)", date(2029, 8, 10)),
        ("Trung tuần (Tháng 8)", date(2029, 8, 20)),
        ("9T đầu năm", date(2029, 9, 30)),
        ("6T cuối năm", date(2029, 12, 31)),
        ("3 tháng đầu năm", date(2029, 3, 31)),
        ("Hết năm", date(2029, 12, 31)),
        ("Đến hết năm", date(2029, 12, 31)),
        ("Cuối năm", date(2029, 12, 31)),
    ],
)
def test_days_and_parts_of_a_month_thirds_and_abbreviated_periods(text, expected):
    assert parse_due(text, year=2029).date == expected


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Ngày 12", True),
        ("Trước 28", True),
        ("trước ngày 09", True),
        ("ngày 21 - 23", True),
        ("Ngày 04 và 18", True),
        ("Tuần cuối", True),
        ("Cuối tháng", True),
        ("Hạ tuần", True),
        ("12", False),  # a bare number may count months or weeks
        ("Ngày 12/5", False),
        ("ngày 12 tháng 5", False),
        ("Quý II", False),
        ("Cả tháng", False),  # the whole month: the table's `Trong tháng` rule reads it
        ("trong 10 ngày", False),
    ],
)
def test_a_time_inside_a_month_that_names_none(text, inside):
    assert within_month(text) is inside


def test_a_merged_month_row_is_the_month_of_the_days_printed_under_it():
    items = table_items(
        table_of(
            [
                ["TT", "Nội dung", "Chủ trì", "Thời gian"],
                [("THÁNG 10/2029", 1, 4)],
                ["1", "Hội nghị khách hàng sử dụng nước", "Phòng Kinh doanh", "Ngày 12"],
                ["2", "Thay đồng hồ nước định kỳ khu dân cư Bến Đá", "Đội Quản lý mạng", "Tuần cuối"],
                [("THÁNG 11/2029", 1, 4)],
                ["3", "Kiểm định chất lượng nước sau xử lý", "Phòng Kỹ thuật", "Trước 28"],
                ["4", "Diễn tập ứng cứu sự cố vỡ ống", "Đội Quản lý mạng", "05/11"],
            ]
        )
    )
    dues = [parse_due(item.due, year=2029).date for item in items]
    assert dues == [date(2029, 10, 12), date(2029, 10, 31), date(2029, 11, 28), date(2029, 11, 5)]


def test_a_day_without_its_month_stays_unread_where_no_month_heads_it():
    items = table_items(
        table_of(
            [
                ["TT", "Nội dung", "Chủ trì", "Thời gian"],
                ["1", "Hội nghị khách hàng sử dụng nước", "Phòng Kinh doanh", "Ngày 12"],
            ]
        )
    )
    assert [item.due for item in items] == ["Ngày 12"]


MONTH_TITLES = """
CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2029
THÁNG 10
1. Hội thi tuyên truyền viên giỏi cấp huyện (Trung tâm Văn hóa chủ trì, Đoàn Thanh niên phối hợp; ngày 09).
2. Rà soát thiết chế văn hóa thôn, tổ dân phố (Phòng Văn hóa; cả tháng).
THÁNG 11
3. Đưa đội văn nghệ dự liên hoan cấp tỉnh (Trung tâm Văn hóa; theo lịch của Sở).
4. Kiểm tra các điểm truy cập internet công cộng (Phòng Văn hóa; trước ngày 25).
5. Giải chạy việt dã truyền thống (Trung tâm Văn hóa; ngày 05/12).
"""


def test_a_months_title_in_capitals_dates_the_numbered_tasks_under_it():
    found = prose_plan.recognise(context_of(MONTH_TITLES))
    got = [(item.lead, parse_due(item.due, year=2029).date) for item in found.items]
    assert got == [
        ("Trung tâm Văn hóa", date(2029, 10, 9)),
        ("Phòng Văn hóa", date(2029, 10, 31)),
        ("Trung tâm Văn hóa", date(2029, 11, 30)),  # another body's schedule, inside the month
        ("Phòng Văn hóa", date(2029, 11, 25)),
        ("Trung tâm Văn hóa", date(2029, 12, 5)),  # a date of its own
    ]


def test_a_time_read_inside_the_heading_period():
    assert in_heading_period("ngày 09", "THÁNG 10") == "ngày 09 (THÁNG 10)"
    assert in_heading_period("theo kế hoạch", "Quý II") == "theo kế hoạch (Quý II)"
    assert in_heading_period("ngày 09", "Quý II") == "ngày 09"  # no one month to take
    assert in_heading_period("hằng tuần", "THÁNG 10") == "hằng tuần"
    assert in_heading_period("ngày 09", "") == "ngày 09"


def test_a_legend_spells_short_forms_out_after_a_dash():
    assert short_form_legend(
        [
            "Chữ viết tắt: Tổ QLVH - Tổ Quản lý vận hành; Đội XL2 - Đội Xây lắp số 2; P.KD - Phòng Kinh doanh - Dịch vụ."
        ]
    ) == {
        "Tổ QLVH": "Tổ Quản lý vận hành",
        "Đội XL2": "Đội Xây lắp số 2",
        "P.KD": "Phòng Kinh doanh - Dịch vụ",
    }
    assert short_form_legend(["Ghi chú: Tổ A - Tổ bảo vệ khu B."]) == {}  # no abbreviation spelt


def test_a_legend_row_under_the_table_expands_the_leads_and_a_total_line_is_no_item():
    items = table_items(
        table_of(
            [
                ["TT", "Công việc", "Chủ trì", "Tiến độ", "Kinh phí"],
                ["1", "Thay thế tuyến ống gang cũ đường Lê Lai", "Đội XL2", "Q3", "900"],
                ["2", "Vận hành thử trạm bơm tăng áp", "Tổ QLVH", "T4", ""],
                ["", "Cộng kinh phí", "", "", "900"],
                ["", "Cộng đồng dân cư tham gia giám sát", "", "", "12"],
                [("Viết tắt: Đội XL2 - Đội Xây lắp số 2; Tổ QLVH - Tổ Quản lý vận hành.", 1, 5)],
            ]
        ),
        Paragraph("GIÁM ĐỐC", line=20),
    )
    got = [(item.content[:12], item.lead) for item in items]
    assert got[:2] == [
        ("Thay thế tuy", "Đội Xây lắp số 2 (Đội XL2)"),
        ("Vận hành thử", "Tổ Quản lý vận hành (Tổ QLVH)"),
    ]
    assert "Cộng kinh ph" not in [content for content, _lead in got]


PLANNED_AND_CLOSING = """
CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2030
THÁNG 1
1. Hội nghị triển khai nhiệm vụ năm 2030 (Văn phòng Trung tâm chủ trì; ngày 08).
Dự kiến: Tiếp đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh về thiết chế văn hóa (lịch cụ thể Ban sẽ thông báo sau).
THÁNG 2
2. Tổ chức hội báo xuân (Phòng Thông tin; ngày 12).
Dự kiến: 30 triệu đồng.
Các phòng gửi đăng ký nội dung bổ sung về Văn phòng Trung tâm trước ngày 22 của tháng liền trước.
"""


def test_a_planned_event_among_numbered_tasks_and_a_request_due_before_the_month_it_serves():
    found = prose_plan.recognise(context_of(PLANNED_AND_CLOSING))
    got = [
        (" ".join(item.content.split()[:3]), item.lead, parse_due(item.due, year=2030))
        for item in found.items
    ]
    assert [(words, lead) for words, lead, _due in got] == [
        ("Hội nghị triển", "Văn phòng Trung tâm"),
        ("Dự kiến: Tiếp", ""),  # an item of its own, no lead printed
        ("Tổ chức hội", "Phòng Thông tin"),
        ("Các phòng gửi", ""),  # `Dự kiến: 30 triệu đồng` is a sum, no event
    ]
    planned, request = got[1][2], got[3][2]
    assert planned.date is None and planned.needs_review  # its time is to be announced
    assert request.recurrence == MONTHLY  # a day of the month before each month's programme
