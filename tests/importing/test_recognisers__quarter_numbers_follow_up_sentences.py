"""Shapes taught by h13fixPD (held-out h362), each on other text: a time column headed by its unit
(`Quý thực hiện`, `Tháng hoàn thành`) whose cells are bare numbers (`I, III`, `II - IV`, `6, 11`),
a quarter narrowed to one of its months (`III (tháng 8)`), and a closing paragraph whose later
sentence is a named unit's follow-up duty reported by a round. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph, Table, grid_from_spans
from engine.importing.layouts import tables
from engine.importing.recognisers import closing_requests
from engine.importing.recognition import Context

from .helpers_blocks import BlocksDocument, table_of


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def _items(rows):
    grid = grid_from_spans([[(c, 1, 1) for c in row] for row in rows])
    table = Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)
    found = tables.recognise(Context(_Document([table]), None))
    return found.items if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quý IV (tháng 10)", date(2029, 10, 31)),
        ("Quý 2 (tháng 4)", date(2029, 4, 30)),
        ("Quý I, II (tháng 5)", date(2029, 5, 31)),
        ("Quý I (tháng 7)", date(2029, 3, 31)),  # a month outside the quarter narrows nothing
    ],
)
def test_a_quarter_narrowed_to_one_of_its_months_is_due_at_that_months_end(text, expected):
    assert parse_due(text, year=2029).date == expected


@pytest.mark.parametrize("label", ["Quý thực hiện", "Quý hoàn thành", "Tháng hoàn thành"])
def test_a_time_column_headed_by_its_unit_reads_its_bare_numbers_in_it(label):
    unit = label.split()[0]
    cells = ["IV", "I, III", "II (tháng 5)"] if unit == "Quý" else ["3", "6, 11", "9 - 10"]
    items = _items(
        [
            ["TT", "Công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", label],
            [
                "1",
                "Khảo sát nhu cầu học nghề của lao động nông thôn",
                "Phòng Lao động",
                "UBND các xã",
                cells[0],
            ],
            [
                "2",
                "Mở lớp đào tạo nghề may công nghiệp",
                "Trung tâm Giáo dục nghề nghiệp",
                "Hội Phụ nữ",
                cells[1],
            ],
            ["3", "Đánh giá kết quả giải quyết việc làm", "Phòng Lao động", "Phòng Thống kê", cells[2]],
        ]
    )
    assert [(item.content[:10], item.lead, item.due) for item in items] == [
        ("Khảo sát n", "Phòng Lao động", f"{unit} {cells[0]}"),
        ("Mở lớp đào", "Trung tâm Giáo dục nghề nghiệp", f"{unit} {cells[1]}"),
        ("Đánh giá k", "Phòng Lao động", f"{unit} {cells[2]}"),
    ]


def test_a_closing_paragraphs_later_sentence_following_up_by_a_round_is_the_units_item():
    table = table_of(
        [
            ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Hội diễn văn nghệ", "Nhà Văn hóa", "Quý III"],
        ]
    )
    table.row_lines = [10, 11]
    document = BlocksDocument(
        [
            table,
            Paragraph("IV. TỔ CHỨC THỰC HIỆN", line=12),
            Paragraph(
                "Kế hoạch này thay thế Kế hoạch số 14/KH-TTVH. Phòng Hành chính - Tổng hợp theo dõi, đôn đốc các bộ phận, báo cáo Giám đốc Trung tâm hằng tháng.",
                line=13,
            ),
        ]
    )
    found = closing_requests(document, taken={11})
    assert [(item.content[:20], item.lead, item.due) for item in found] == [
        ("Phòng Hành chính - T", "Phòng Hành chính - Tổng hợp", "hằng tháng")
    ]


def test_a_month_column_prints_the_year_only_where_it_changes():
    # (held-out h349's shape) a note's deadline inside the row's month wins; `Cả năm học` below the
    # months is the last month printed.
    items = _items(
        [
            ["Tháng", "STT", "Nội dung", "Bộ phận thực hiện", "Ghi chú"],
            ["Tháng 8/2030", "1", "Rà soát sổ theo dõi phương tiện", "Đội Cơ giới", ""],
            ["Tháng 11", "2", "Bảo dưỡng máy phát điện dự phòng", "Tổ Kỹ thuật", "Trước 18/11"],
            ["Tháng 2", "3", "Kiểm kê kho vật tư", "Tổ Kho", ""],
            ["Cả năm học", "4", "Kiểm tra đột xuất nhật ký trực", "Ban Chỉ huy", ""],
        ]
    )
    assert [(item.content[:10], item.due) for item in items] == [
        ("Rà soát sổ", "Tháng 8/2030"),
        ("Bảo dưỡng ", "18/11/2030"),
        ("Kiểm kê kh", "Tháng 2/2031"),
        ("Kiểm tra đ", "Cả năm học (tháng 2/2031)"),
    ]
