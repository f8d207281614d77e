"""A table row cut by a page break whose next-page part goes on in both cells: the task text with a
name in capitals (`… của` / `Trung tâm`), the unit's name in lower case (`… - Tổng` / `hợp`)."""

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import tables
from engine.importing.recognition import Context


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def _table(rows) -> Table:
    grid = grid_from_spans([[(c, 1, 1) for c in row] for row in rows])
    return Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)


def _items(*blocks):
    found = tables.recognise(Context(_Document(list(blocks)), None))
    return found.items if found else []


HEADER = ["STT", "Nhiệm vụ", "Bộ phận thực hiện", "Thời gian hoàn thành", "Ghi chú"]
ROW_ABOVE = ["9", "Lập dự toán ngân sách năm 2029 của", "Phòng Kế hoạch - Tài", "Tháng 7/2028", ""]


def test_a_first_row_going_on_with_a_capitalised_name_and_a_unit_in_lower_case_is_the_row_above():
    items = _items(_table([HEADER, ROW_ABOVE]), _table([["", "Trung tâm Y tế huyện", "chính", "", ""]]))
    assert [(i.content, i.lead, i.due) for i in items] == [
        (
            "Lập dự toán ngân sách năm 2029 của Trung tâm Y tế huyện",
            "Phòng Kế hoạch - Tài chính",
            "Tháng 7/2028",
        )
    ]


def test_a_first_row_printing_a_time_of_its_own_is_a_task_of_its_own():
    # `các xã` leading a task with its own time: not the rest of the unit's name above
    items = _items(
        _table([HEADER, ROW_ABOVE]), _table([["", "Tổ chức tập huấn", "các xã", "Quý IV/2028", ""]])
    )
    assert [i.content for i in items] == ["Lập dự toán ngân sách năm 2029 của", "Tổ chức tập huấn"]


def test_a_first_row_under_a_task_that_ended_its_sentence_is_a_task_of_its_own():
    above = ["9", "Lập dự toán ngân sách năm 2029.", "Phòng Kế hoạch - Tài", "Tháng 7/2028", ""]
    items = _items(_table([HEADER, above]), _table([["", "Tổ chức tập huấn", "các xã", "", ""]]))
    assert [i.content for i in items] == ["Lập dự toán ngân sách năm 2029.", "Tổ chức tập huấn"]
