"""A plain-text mail whose header prints its date in English (`Sent: Wednesday, March 1, 2028 …`,
`Date: Fri, 3 Mar 2028 …`: engine/importing/event_dues.py, parsing.english_day) counts its weekdays
from that day; a time given as a numbered point's (`thời hạn như mục 2`) is that point's; a run-in
label naming several bodies leaves the task after it; a numbered paragraph of two units' clauses
among `<unit>: <task>` duties is a task for each, due when the paragraph says
(engine/importing/layouts/prose_tasks.py); an unnumbered `Riêng …: <unit> …` after the list is that
unit's dated duty. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

import pytest

from engine.deadlines.parsing import english_day
from engine.importing.build import import_document
from engine.importing.event_dues import resolve_event_dues, signing_date
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import BlocksDocument

pytestmark = pytest.mark.django_db

_MAIL = """From: Văn phòng Sở Y tế <vanphong.syt@anlac.example.gov.vn>
Sent: Wednesday, March 1, 2028 2:35 PM
To: Phòng Nghiệp vụ Y; Phòng Nghiệp vụ Dược; Phòng Kế hoạch - Tài chính; Thanh tra Sở
Subject: Chuẩn bị làm việc với Đoàn kiểm tra của Bộ Y tế

Kính gửi các phòng,

Văn phòng Sở đề nghị các phòng chuẩn bị nội dung làm việc với Đoàn kiểm tra như sau:

1. Phòng Nghiệp vụ Y: báo cáo công tác khám, chữa bệnh quý I, gửi Văn phòng Sở trước 15h00 thứ Hai tuần sau.

2. Phòng Nghiệp vụ Dược, Phòng Kế hoạch - Tài chính: tổng hợp tình hình đấu thầu thuốc và thanh toán bảo hiểm y tế, chậm nhất ngày 10/3/2028.

3. Thanh tra Sở: tổng hợp các cuộc thanh tra chuyên ngành năm 2027; thời hạn như mục 2.

4. Phòng Nghiệp vụ Y chuẩn bị số liệu của các bệnh viện tuyến tỉnh; Văn phòng Sở bố trí phòng họp, xe đưa đón Đoàn. Đoàn dự kiến làm việc sáng thứ Năm, 16/3/2028.

Riêng báo cáo gửi UBND tỉnh: Văn phòng Sở tổng hợp trên cơ sở báo cáo của các phòng, trình Giám đốc Sở trước ngày 20/3/2028.

Trân trọng./.
"""


def _read(text: str):
    result = import_document(text.encode(), "thu.txt", units=[], year=2028)
    return [(item.content[:25], item.lead_text, item.due_date) for item in result.items]


def test_a_mail_header_date_in_english_is_the_day_weekdays_count_from():
    assert english_day("thursday, may 13, 2027 4:12 pm") == date(2027, 5, 13)
    assert english_day("sat, 27 mar 2027 08:05:41 +0700") == date(2027, 3, 27)
    assert english_day("march 2028") is None  # a month, no day
    assert signing_date(["From: X <x@y.vn>", "Sent: Friday, December 1, 2028 8:01 AM"]) == date(2028, 12, 1)
    assert signing_date(["Subject: …", "Date: Tue, 5 Dec 2028 10:00:00 +0700"]) == date(2028, 12, 5)
    assert signing_date(["Sent: hôm qua"]) is None


def test_a_mail_of_numbered_duties_reads_points_labels_clauses_and_the_closing_duty():
    assert _read(_MAIL) == [
        # Wednesday 01/3: Monday of the week after
        ("Phòng Nghiệp vụ Y: báo cá", "Phòng Nghiệp vụ Y", date(2028, 3, 6)),
        # a label of two bodies: the task after it, both lead
        ("tổng hợp tình hình đấu th", "Phòng Nghiệp vụ Dược, Phòng Kế hoạch - Tài chính", date(2028, 3, 10)),
        ("Thanh tra Sở: tổng hợp cá", "Thanh tra Sở", date(2028, 3, 10)),  # `thời hạn như mục 2`
        # two units' clauses: each a task, due the day the paragraph prints
        ("Phòng Nghiệp vụ Y chuẩn b", "Phòng Nghiệp vụ Y", date(2028, 3, 16)),
        ("Văn phòng Sở bố trí phòng", "Văn phòng Sở", date(2028, 3, 16)),
        ("Riêng báo cáo gửi UBND tỉ", "Văn phòng Sở", date(2028, 3, 20)),
    ]


def test_a_time_as_a_numbered_points_is_that_points_once_it_is_dated():
    items = [
        RawItem(content="Phòng A rà soát …", line=1, ref="1", due="trước ngày 12/4/2028"),
        RawItem(content="Phòng B lập danh sách …", line=2, ref="2", due="15/4/2028"),
        RawItem(content="Phòng C tổng hợp …; thời hạn như mục 1.", line=3, ref="3"),
        RawItem(content="Phòng D báo cáo, cùng thời hạn với mục 2.", line=4, ref="4"),
        RawItem(content="Phòng E thực hiện theo Điều 5; thời hạn như mục 9.", line=5, ref="5"),
    ]
    resolve_event_dues(items, BlocksDocument([]), 2028)
    assert [item.due for item in items[2:]] == [
        "trước ngày 12/4/2028",
        "15/4/2028 (cùng thời hạn với mục 2)",
        "",  # no point 9: left as printed
    ]
