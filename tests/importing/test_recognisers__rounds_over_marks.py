"""A round in the remarks beside a row's marks in a period grid (taught by h13fixSZ, held-out h608), on
other text: a yearly plan whose months (or quarters) are columns marked 'x', where the remarks column
opens with a round shorter than a year (`Hằng quý, …`, `Định kỳ hằng tháng`): the marks are that
round's turns and the row is recurring. Limits: a single mark, a yearly round, a remark that only
mentions a round after other words, and a remark that is no round keep the last marked period."""

from engine.deadlines.parsing import parse_due
from engine.importing.headers import classify
from engine.importing.layouts.table_dues import _note_round_over_marks

from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table

_MONTHS = [f"T{n}" for n in range(1, 13)]


def _row(number: int, task: str, unit: str, months: set[int], note: str) -> list[str]:
    return [str(number), task, unit, *("x" if n in months else "" for n in range(1, 13)), note]


def _month_grid(*rows: list[str]):
    return _table(
        [
            [
                ("STT", 2, 1),
                ("Nội dung công việc", 2, 1),
                ("Đơn vị chủ trì", 2, 1),
                ("Thời gian thực hiện (tháng)", 1, 12),
                ("Ghi chú", 2, 1),
            ],
            _MONTHS,
            *rows,
        ]
    )


def _dues(table) -> dict[str, str]:
    return {item.content.split()[0]: item.due for item in _items(table)}


def test_a_round_opening_the_remarks_beside_several_marks_is_the_rows_time():
    dues = _dues(
        _month_grid(
            _row(
                1,
                "Kiểm tra vệ sinh trường học",
                "Khoa Y tế công cộng",
                {3, 6, 9, 12},
                "Hằng quý, mỗi quý 01 đợt",
            ),
            _row(
                2,
                "Phát sóng chuyên mục pháp luật",
                "Phòng Tuyên truyền",
                set(range(1, 13)),
                "Định kỳ hằng tháng",
            ),
            _row(3, "Giám sát dịch bệnh mùa mưa", "Khoa Kiểm soát bệnh tật", {5, 6, 7, 8}, ""),
        )
    )
    assert dues["Kiểm"] == "Hằng quý" and parse_due(dues["Kiểm"], year=2027).recurrence == "quarterly"
    assert dues["Phát"] == "Định kỳ hằng tháng"
    assert parse_due(dues["Giám"], year=2027).date.isoformat() == "2027-08-31"  # no remark: the last mark


def test_a_single_mark_a_yearly_round_or_a_remark_not_opening_with_a_round_keeps_the_last_mark():
    dues = _dues(
        _month_grid(
            _row(1, "Hội nghị sơ kết công tác", "Văn phòng", {6}, "Hằng quý"),  # one turn: due then
            _row(2, "Tổng kết công tác thi đua", "Văn phòng", {11, 12}, "Hằng năm"),  # this year's turn
            _row(3, "Rà soát hồ sơ đất đai", "Phòng Địa chính", {2, 3, 4}, "Báo cáo hằng tháng về Sở"),
            _row(4, "Trồng cây phân tán", "Phòng Nông nghiệp", {2, 3, 8, 9}, "Vụ Xuân, vụ Thu"),
            _row(5, "Xây dựng mô hình điểm", "Phòng Nông nghiệp", {4, 5, 6, 7}, "Chuyển tiếp sang năm sau"),
        )
    )
    ends = {first: parse_due(due, year=2027).date for first, due in dues.items()}
    assert {first: (day.month if day else None) for first, day in ends.items()} == {
        "Hội": 6,
        "Tổng": 12,
        "Rà": 4,
        "Trồng": 9,
        "Xây": 7,
    }


def test_the_helper_counts_only_the_marked_periods():
    table = _month_grid(_row(1, "Việc", "Phòng A", {3}, "Hằng tháng"))
    header = classify(table)
    assert header is not None and len(header.period_columns) == 12
    texts = [cell.text for cell in table.rows[2]]
    assert _note_round_over_marks("Hằng tháng", texts, header, frozenset()) == ""
    texts[header.roles["content"] + 8] = "x"  # a second month marked
    assert _note_round_over_marks("Hằng tháng", texts, header, frozenset()) == "Hằng tháng"
    assert _note_round_over_marks("", texts, header, frozenset()) == ""
