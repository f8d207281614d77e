"""A week calendar's table that runs onto the next page with its header not repeated (a PDF from
Word): the entries after the break keep the columns' roles (the preparing unit leads), and an entry
cut by the break (`… vi phạm hành chính 03` / `vụ việc tháng 11`) is one entry; a table with a
header of its own, or a first row that opens a day or in capitals, is read as it stands. And the
lines that name the body's own unit by its kind: a duty roster `Trực Đội: PĐT …`, `Trực phòng: đ/c
…` and a head at the own seat `Trưởng phòng làm việc tại phòng` are no work items; `trực phòng
chống …` (no colon) and `làm việc tại Phòng Tài chính …` (another body, named) stay entries. Own
text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import is_duty_roster, is_not_task
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument

_HEADER = [
    ("Thứ, ngày", 1, 1),
    ("Giờ", 1, 1),
    ("Nội dung công việc", 1, 1),
    ("Chủ trì", 1, 1),
    ("Bộ phận chuẩn bị", 1, 1),
]
_UPPER = [
    _HEADER,
    [("Thứ Hai 07/6/2027", 1, 1), ("08h00", 1, 1), ("Giao ban tuần", 1, 1), ("Đội trưởng Hà Văn Nam", 1, 1), ("Tổ Tổng hợp", 1, 1)],
    [("Thứ Ba 08/6/2027", 1, 1), ("14h00", 1, 1), ("Họp xét hồ sơ xử phạt vi phạm hành chính 03", 1, 1), ("PĐT Lê Văn Phú", 1, 1), ("Tổ Kiểm tra số 1", 1, 1)],
]  # fmt: skip


def _lower(first_content: str) -> list:
    return [
        [("", 1, 1), ("", 1, 1), (first_content, 1, 1), ("", 1, 1), ("", 1, 1)],
        [("Thứ Tư 09/6/2027", 1, 1), ("08h00", 1, 1), ("Kiểm tra chợ đầu mối nông sản", 1, 1), ("PĐT Lê Văn Phú", 1, 1), ("Tổ Kiểm tra số 2", 1, 1)],
        [("Thứ Bảy 12/6/2027", 1, 1), ("", 1, 1), ("Trực Đội: PĐT Lê Văn Phú", 1, 1), ("", 1, 1), ("", 1, 1)],
    ]  # fmt: skip


def _items(lower: list) -> list:
    blocks = [
        Table(grid_from_spans(_UPPER), row_lines=[1, 2, 3]),
        Table(grid_from_spans(lower), row_lines=list(range(4, 4 + len(lower)))),
    ]
    return calendar_weeks.recognise(Context(BlocksDocument(blocks), None)).items


def test_a_headerless_table_after_the_page_break_keeps_the_columns_and_joins_the_cut_entry():
    items = _items(_lower("vụ việc tháng 5"))
    assert [(i.content, i.lead) for i in items] == [
        ("Giao ban tuần", "Tổ Tổng hợp"),
        ("Họp xét hồ sơ xử phạt vi phạm hành chính 03 vụ việc tháng 5", "Tổ Kiểm tra số 1"),
        ("Kiểm tra chợ đầu mối nông sản", "Tổ Kiểm tra số 2"),
    ]
    assert items[2].due.startswith("09/06/2027")


def test_a_first_row_in_capitals_is_not_the_row_above_cut():
    items = _items(_lower("Tập huấn kỹ năng lập biên bản"))
    assert [i.content for i in items][1] == "Họp xét hồ sơ xử phạt vi phạm hành chính 03"
    assert any(i.content == "Tập huấn kỹ năng lập biên bản" for i in items)
    assert next(i for i in items if i.content.startswith("Kiểm tra chợ")).lead == "Tổ Kiểm tra số 2"


def test_a_table_with_its_own_header_is_read_on_its_own():
    lower = [_HEADER, *_lower("vụ việc tháng 5")[1:]]
    items = _items(lower)
    assert items[1].content == "Họp xét hồ sơ xử phạt vi phạm hành chính 03"
    assert next(i for i in items if i.content.startswith("Kiểm tra chợ")).lead == "Tổ Kiểm tra số 2"


@pytest.mark.parametrize(
    "text",
    [
        "Trực Đội: PĐT Lê Hoàng Phúc",
        "Trực phòng: đ/c Hồ Văn Tâm, chuyên viên",
        "Trực khoa: ThS Nông Thị Vân",
        "Trực trạm: BS Lò Văn Tư",
    ],
)
def test_a_roster_label_naming_the_own_unit_by_its_kind_is_no_task(text):
    assert is_duty_roster(text) and is_not_task(text)


@pytest.mark.parametrize(
    "text",
    ["Trưởng phòng làm việc tại phòng", "Trưởng khoa làm việc tại khoa", "Đội trưởng làm việc tại Đội"],
)
def test_a_head_at_the_own_seat_named_by_its_kind_is_no_task(text):
    assert is_not_task(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trực phòng chống thiên tai 24/24 trong mùa mưa bão",
        "Làm việc tại Phòng Tài chính - Kế hoạch huyện về quyết toán",
        "Làm việc tại khoa Cơ khí về ghép lớp học phần",
        "Trưởng phòng làm việc tại phòng họp số 2 với Đoàn kiểm tra",
    ],
)
def test_the_unit_kinds_limits_keep_entries(text):
    assert not is_not_task(text) and not is_duty_roster(text)
