"""Shapes taught by h13fixQI (held-out h373, h376), each on other text: an Excel PivotTable pasted
as values (a label only on its group's first row, `… Total` and `Grand Total` rows, `(blank)`), and
one row per unit whose task cell lists several tasks as lines beside their times as lines."""

import datetime
import io

from engine.importing.build import import_document
from engine.importing.layouts.tables import paired_tasks


def _sheet(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _read(rows: list[list], year: int = 2031) -> list[tuple]:
    result = import_document(_sheet(rows), "t.xlsx", units=[], year=year)
    return [(item.content, item.lead_text or "", item.due_date) for item in result.items]


# ------------------------------------------------------------------ a pivot pasted as values
def test_a_pasted_pivot_gives_each_row_its_groups_label_and_its_total_rows_are_no_tasks():
    rows = [
        ["Đơn vị thực hiện", "Việc cần làm", "Ngày hết hạn", "Count of Việc cần làm"],
        ["Trạm Y tế xã Bình Minh", "Tiêm vắc xin sởi cho trẻ dưới 5 tuổi", "12/04/2031", 1],
        [None, "Phun thuốc diệt muỗi ở các thôn ven suối", "20/05/2031", 1],
        ["Trạm Y tế xã Bình Minh Total", None, None, 2],
        ["Trường Mầm non Hoa Sen", "Sửa hàng rào sân chơi của trẻ", "(blank)", 1],
        ["Trường Mầm non Hoa Sen Total", None, None, 1],
        ["Grand Total", None, None, 3],
    ]
    result = import_document(_sheet(rows), "t.xlsx", units=[], year=2031)
    assert [(item.content, item.lead_text, item.due_text) for item in result.items] == [
        ("Tiêm vắc xin sởi cho trẻ dưới 5 tuổi", "Trạm Y tế xã Bình Minh", "12/04/2031"),
        ("Phun thuốc diệt muỗi ở các thôn ven suối", "Trạm Y tế xã Bình Minh", "20/05/2031"),
        ("Sửa hàng rào sân chơi của trẻ", "Trường Mầm non Hoa Sen", None),  # `(blank)`: no deadline
    ]


def test_a_pivot_without_subtotals_fills_only_below_a_printed_label_and_keeps_a_blank_label_empty():
    rows = [
        ["Phòng phụ trách", "Nội dung", "Hạn chót"],
        ["Phòng Kỹ thuật", "Bảo trì máy phát điện dự phòng", "03/02/2031"],
        [None, "Thay cáp mạng tầng 2", "17/02/2031"],
        ["(blank)", "Khảo sát nhu cầu đào tạo", "28/02/2031"],
        [None, "Lập danh mục tài sản thanh lý", "10/03/2031"],
        ["Grand Total", None, None],
    ]
    assert [(content, lead) for content, lead, _due in _read(rows)] == [
        ("Bảo trì máy phát điện dự phòng", "Phòng Kỹ thuật"),
        ("Thay cáp mạng tầng 2", "Phòng Kỹ thuật"),
        ("Khảo sát nhu cầu đào tạo", ""),
        ("Lập danh mục tài sản thanh lý", ""),
    ]


def test_an_ordinary_table_with_an_empty_lead_cell_is_not_filled_from_the_row_above():
    rows = [
        ["Đơn vị thực hiện", "Việc cần làm", "Ngày hết hạn"],
        ["Phòng Kỹ thuật", "Bảo trì máy phát điện dự phòng", "03/02/2031"],
        [None, "Khảo sát nhu cầu đào tạo", "28/02/2031"],
        ["Tổng cộng", None, None],
    ]
    assert [lead for _content, lead, _due in _read(rows)] == ["Phòng Kỹ thuật", ""]


# ------------------------------------------------------------------ tasks and times as lines of cells
def test_numbered_tasks_pair_with_the_times_of_their_numbers():
    assert paired_tasks(("1. Sơn lại cổng", "2. Lát gạch sân"), ("2. Tháng 6", "1. 05/5"), "") == [
        ("Sơn lại cổng", "05/5"),
        ("Lát gạch sân", "Tháng 6"),
    ]


def test_a_task_running_onto_a_second_line_pairs_with_the_times_in_order():
    tasks = ("- Đo đạc lại ranh giới", "khu đất công", "- Cắm mốc")
    assert paired_tasks(tasks, ("- Quý I", "- Quý II"), "") == [
        ("Đo đạc lại ranh giới khu đất công", "Quý I"),
        ("Cắm mốc", "Quý II"),
    ]


def test_a_single_time_is_every_listed_tasks_in_a_table_listing_times_and_unpairable_ones_keep_the_row():
    assert paired_tasks(("a) Mua giấy", "b) Mua mực in"), (), "Tháng 9", shared_time=True) == [
        ("Mua giấy", "Tháng 9"),
        ("Mua mực in", "Tháng 9"),
    ]
    assert paired_tasks(("a) Mua giấy", "b) Mua mực in"), (), "Tháng 9") == []  # one task's steps
    assert paired_tasks(("Chuẩn bị hội nghị, gồm:", "- Giấy mời"), (), "Tháng 9", shared_time=True) == []
    assert paired_tasks(("- Mua giấy", "- Mua mực in", "- Mua ghim"), ("- Tháng 9", "- Tháng 10"), "") == []


def test_a_row_of_tasks_as_lines_beside_their_times_as_lines_is_one_item_per_task():
    rows = [
        ["TT", "Đơn vị", "Nhiệm vụ", "Thời hạn"],
        [
            1,
            "Đội Quản lý thị trường số 2",
            "1. Kiểm tra hàng giả dịp Trung thu\n2. Tổng kết năm",
            "1. 15/9\n2. 20/12",
        ],
    ]
    assert _read(rows) == [
        ("Kiểm tra hàng giả dịp Trung thu", "Đội Quản lý thị trường số 2", datetime.date(2031, 9, 15)),
        ("Tổng kết năm", "Đội Quản lý thị trường số 2", datetime.date(2031, 12, 20)),
    ]
