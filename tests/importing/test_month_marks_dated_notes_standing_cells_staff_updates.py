"""A plan whose month columns are marked `x` (h13fixZC, h809): a row's note printing a day inside
the marked month with its year (`Hạn 15/01/2028`) is the row's due, more exact than the mark; a
standing time printed in the month cells instead of marks (`Thường xuyên` merged across them,
`Hằng ngày` typed in each) is ongoing; the staff as a bare subject asking for a progress report or
update under the table (`Chuyên viên cập nhật tiến độ … thứ Sáu hằng tuần`) is every member's
reporting request. And a round until a printed end day alone (`… thứ Sáu hằng tuần, đến hết ngày
08/01/2027`, h808) recurs. With their limits. Own text, not a corpus document's."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import asks_report, due_in, folded_same_length
from tests.importing.helpers_blocks import table_items, table_of

_TITLE = Paragraph("KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2028", 1)
_HEADER = ["TT", "Công việc", "Người phụ trách", "Tháng 1", "Tháng 2", "Tháng 3", "Ghi chú"]
_TASKS = ("Lập kế hoạch kiểm tra nội bộ", "Tổng hợp số liệu tuyển sinh", "Cập nhật dữ liệu người học")


def _dues(rows):
    table = table_of(
        [_HEADER]
        + [
            [str(i + 1), task, "CV Trần Văn An", *cells]
            for i, (task, cells) in enumerate(zip(_TASKS, rows, strict=True))
        ]
    )
    return [parse_due(item.due, year=2028) for item in table_items(_TITLE, table)]


def test_a_dated_note_inside_the_marked_month_is_the_row_due():
    dues = _dues(
        [["x", "", "", "Hạn 15/01/2028"], ["", "x", "", "Hoàn thành trước 20/02/2028"], ["", "", "x", ""]]
    )
    assert [due.date for due in dues] == [date(2028, 1, 15), date(2028, 2, 20), date(2028, 3, 31)]


def test_a_dated_note_outside_the_marked_month_or_a_remark_leaves_the_mark():
    dues = _dues(
        [
            ["x", "", "", "Hạn 15/02/2028"],  # a day of another month: the mark stands
            ["", "x", "", "Số liệu tính đến 31/12/2027"],  # a remark mentioning a day
            ["", "", "x", ""],
        ]
    )
    assert [due.date for due in dues] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_a_standing_time_in_the_month_cells_is_ongoing():
    dues = _dues(
        [
            [("Thường xuyên", 1, 3), "", ""],  # merged across the three months
            ["Hằng ngày", "Hằng ngày", "Hằng ngày", ""],  # typed in each
            ["x", "x", "x", ""],  # a mark in every month: the last month's end, not ongoing
        ]
    )
    assert [due.recurrence for due in dues[:2]] == ["ongoing", "ongoing"]
    assert dues[2].date == date(2028, 3, 31)


def test_a_standing_time_beside_a_mark_or_a_round_in_the_cells_is_not_ongoing():
    dues = _dues(
        [
            ["Thường xuyên", "", "x", ""],  # a mark beside it: the mark is the time
            ["Hằng tháng", "Hằng tháng", "Hằng tháng", ""],  # a round, not taken here
            ["", "", "x", ""],
        ]
    )
    assert dues[0].date == date(2028, 3, 31)
    assert dues[1].recurrence != "ongoing"


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        (
            "Chuyên viên cập nhật tiến độ công việc vào bảng theo dõi chung trước 17h00 thứ Sáu hằng tuần.",
            True,
        ),
        ("Công chức báo cáo tiến độ công việc được giao trước 16h00 thứ Năm hằng tuần.", True),
        ("Cán bộ, viên chức cập nhật kết quả thực hiện vào phần mềm trước 16h00 thứ Sáu hằng tuần.", True),
        ("Các phòng cập nhật tiến độ thực hiện hằng tuần.", True),
        # limits: a named or charged post, staff before another verb, updating the work's own data
        ("Chuyên viên Nguyễn Văn An cập nhật tiến độ trước 17h00 thứ Sáu hằng tuần.", False),
        ("Cán bộ tiếp dân báo cáo kết quả hằng tháng.", False),
        ("Công chức được giao báo cáo kết quả hằng tháng.", False),
        ("Chuyên viên cập nhật dữ liệu người học hằng tuần.", False),
        ("Chuyên viên thực hiện nhiệm vụ, báo cáo hằng tuần.", False),
    ],
)
def test_the_staff_as_a_bare_subject_asked_for_a_progress_report(sentence, asks):
    assert asks_report(" ".join(folded_same_length(sentence).split())) is asks


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Các Đội báo cáo kết quả về Đội Nghiệp vụ trước 16 giờ thứ Sáu hằng tuần, đến hết ngày 08/01.",
            "hằng tuần",
        ),
        ("Các phòng báo cáo tiến độ vào thứ Năm hằng tuần (đến ngày 27/01/2028).", "hằng tuần"),
        ("Các phòng báo cáo tiến độ hằng tuần đến hết ngày 27/01/2028.", "hằng tuần"),
        # limits: more of the clause after the end (the end may be the next act's), a standing time
        ("Báo cáo hằng tuần, đến ngày 27/01/2028 tổ chức kiểm tra tại cơ sở.", "đến ngày 27/01/2028"),
        ("Thực hiện thường xuyên, đến hết ngày 31/12/2026.", "đến hết ngày 31/12/2026"),
    ],
)
def test_a_round_until_a_printed_end_day_alone_recurs(sentence, phrase):
    assert due_in(sentence) == phrase
