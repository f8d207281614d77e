"""Times bound to an event, a meeting or a named period inside a task's sentence: the days a
condition holds (`trong những ngày có …`: review), a time only foreseen (`thời gian dự kiến tháng
…`), a meeting named bare before its month (`tại hội nghị tháng …`), a standing time in the sentence
that assigns the task (`… Giao <unit> … thường xuyên.`), a half-year's name beside a deadline
(`6 tháng cuối năm …`), a round bounded by a range after it (`hằng tháng (từ tháng … đến tháng …)`),
a time set by another's schedule (`thời gian theo lịch của …`); a closing report request to every
body of a kind named by its proper kind (`Các Trạm Y tế …`), led by that kind; a point that only
agrees with the report heard; a note's last clause that is a date. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.prose_facts import due_in, named_kind_subject
from engine.importing.layouts.table_dues import _note_due
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import context_of


@pytest.mark.parametrize(
    ("text", "due", "read"),
    [
        (
            "- Bố trí người trực tại trạm bơm trong những ngày có mưa lớn kéo dài.",
            "trong những ngày có mưa lớn kéo dài",
            None,
        ),
        (
            "- Che chắn chuồng nuôi vào các đợt có không khí lạnh tăng cường.",
            "vào các đợt có không khí lạnh tăng cường",
            None,
        ),
        (
            "- Tổ chức hội thao dân quân cấp xã; thời gian dự kiến tháng 10/2028.",
            "thời gian dự kiến tháng 10/2028",
            date(2028, 10, 31),
        ),
        (
            "Rà soát hồ sơ đất công. Giao Phòng Kinh tế tổng hợp, trình Thường trực tại hội nghị tháng 9/2028.",
            "tại hội nghị tháng 9/2028",
            date(2028, 9, 30),
        ),
        (
            "Kiểm tra kho lưu trữ trong khu vực nội địa 6 tháng cuối năm 2028; hoàn thành trước ngày 20/11/2028.",
            "trước ngày 20/11/2028",
            date(2028, 11, 20),
        ),
        (
            "- Phối hợp tổ chức hội nghị xúc tiến; thời gian theo lịch làm việc của Đoàn công tác.",
            "thời gian theo lịch làm việc của Đoàn công tác",
            None,
        ),
    ],
)
def test_an_event_a_meeting_or_a_foreseen_month_is_the_tasks_time(text, due, read):
    assert due_in(text) == due
    parsed = parse_due(due, year=2028)
    assert parsed.date == read
    if read is None:
        assert parsed.needs_review


def test_a_standing_time_in_the_sentence_that_assigns_the_task_is_its_own():
    assert (
        due_in(
            "Số hóa sổ hộ tịch. Giao Phòng Văn hóa - Xã hội phối hợp Công an xã kiểm tra, hướng dẫn thường xuyên."
        )
        == "thường xuyên"
    )
    # … but a later clause's manner is no time of the task's: one with an object of its own, or words
    # after it
    assert due_in("Cung ứng dung dịch sát khuẩn cho các khoa; kiểm tra hạn dùng thường xuyên.") == ""
    assert due_in("Đẩy mạnh cải cách thủ tục; cập nhật thường xuyên, đầy đủ dữ liệu.") == ""
    # … while a closing bare verb keeps the task's own object going: a standing part of the task
    assert due_in("Lập danh sách hộ nghèo; cập nhật thường xuyên.") == "thường xuyên"


def test_a_round_bounded_by_a_range_after_it_is_a_recurrence():
    due = due_in(
        "Các trường báo cáo sĩ số học sinh về Phòng trước ngày 10 hằng tháng (từ tháng 3 đến tháng 9/2028)."
    )
    assert parse_due(due, year=2028).recurrence == "monthly"


def test_a_half_years_name_alone_keeps_its_time():
    assert due_in("Triển khai kế hoạch kiểm tra 6 tháng cuối năm 2028.") == "cuối năm 2028"


def test_a_body_of_a_kind_named_by_its_proper_kind_is_the_subject():
    assert (
        named_kind_subject(
            "Các Trạm Y tế xã tổng hợp số ca bệnh, báo cáo về Trung tâm trước ngày 05 hằng tháng."
        )
        == "Các Trạm Y tế xã"
    )
    assert (
        named_kind_subject("Các đơn vị báo cáo kết quả trước ngày 05 hằng tháng.") == ""
    )  # a common kind: no lead
    assert named_kind_subject("Các nội dung trên thực hiện trong năm 2028.") == ""


CLOSING_BY_KIND = """
CÔNG VĂN
V/v phòng, chống dịch bệnh mùa mưa năm 2028
1. Các Trạm Y tế xã
- Phun hóa chất diệt muỗi tại các ổ dịch cũ trước ngày 15/6/2028.
- Giám sát ca bệnh tại cộng đồng khi có ca nghi mắc.
2. Khoa Kiểm soát bệnh tật
- Tập huấn phác đồ điều trị cho tuyến xã trong tháng 6/2028.
Các Trạm Y tế xã tổng hợp số ca mắc, báo cáo về Trung tâm (qua Khoa Kiểm soát bệnh tật) trước ngày 05 hằng tháng.
Đề nghị các đơn vị nghiêm túc thực hiện./.
"""


def test_a_closing_report_request_to_a_kind_named_by_its_proper_kind_is_led_by_it():
    items = prose_plan.recognise(context_of(CLOSING_BY_KIND)).items
    last = items[-1]
    assert last.content.startswith("Các Trạm Y tế xã tổng hợp")
    assert last.lead == "Các Trạm Y tế xã"
    assert parse_due(last.due, year=2028).recurrence == "monthly"
    assert len(items) == 4


def test_a_point_that_only_agrees_with_the_report_heard_tells_how_things_stand():
    agreeing = RawItem(
        line=4,
        content="Hội nghị nhất trí với đánh giá kết quả công tác 9 tháng; một số chỉ tiêu còn đạt thấp.",
        lead="Hội nghị nhất trí với",
    )
    assert conclusions.tells_how_things_stand(agreeing)
    assigning = RawItem(
        line=5,
        content="Ban Giám đốc thống nhất với báo cáo; giao Phòng Tổng hợp hoàn thiện trước ngày 30/10/2028.",
        due="trước ngày 30/10/2028",
    )
    assert not conclusions.tells_how_things_stand(assigning)


def test_a_notes_last_clause_that_is_a_date_is_the_rows_time():
    assert _note_due("Nhà văn hóa thôn Đông Hòa; trước 30/9/2028") == "trước 30/9/2028"
    assert _note_due("Phối hợp Hội Nông dân xã và Đoàn Thanh niên xã thực hiện") == ""
    assert _note_due("Thôn Bắc, thôn Nam, thôn Trung và thôn Đoài; hằng tháng") == ""  # only a date
