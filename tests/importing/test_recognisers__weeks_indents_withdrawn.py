"""Sheet shapes taught by h13fixJH (held-out h144–h147), each on other text: a header's labels merged
down over a second row of its own cells (each week's days, each commune's name), a Gantt of week
columns over the days each prints with solid marks, a row withdrawn in its note, and a plan outlined
only by its content cells' indent."""

import io

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Table
from engine.importing.headers import classify
from engine.importing.readers import read_document

from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


# ------------------------------------------------------------------ a header merged over a row
def _per_ward_targets() -> Table:
    return _table(
        [
            [
                ("TT", 2, 1),
                ("Chỉ tiêu", 2, 1),
                ("ĐVT", 2, 1),
                ("Giao cho các phường", 1, 3),
                ("Đơn vị theo dõi", 2, 1),
                ("Thời hạn", 2, 1),
            ],
            ["Phường Bắc", "Phường Nam", "Phường Đông"],
            ["1", "Tỷ lệ hộ gia đình văn hóa", "%", "92", "90", "94", "Phòng Văn hóa", "Quý IV/2029"],
            [
                "2",
                "Số tuyến phố văn minh đô thị",
                "tuyến",
                "3",
                "2",
                "4",
                "Phòng Quản lý đô thị",
                "30/9/2029",
            ],
        ]
    )


def test_a_row_under_labels_merged_down_into_it_is_the_headers_second_row():
    header = classify(_per_ward_targets())
    assert header is not None and header.rows == 2
    assert header.roles["content"] == 1 and header.roles["due"] == 7
    items = _items(_per_ward_targets())
    assert [(item.content[:11], item.lead) for item in items] == [
        ("Tỷ lệ hộ gi", "Phòng Văn hóa"),
        ("Số tuyến ph", "Phòng Quản lý đô thị"),
    ]


# ---------------------------------------------------------------------------- week columns
def _week_gantt(mark: str, note: str = "") -> Table:
    return _table(
        [
            [
                ("TT", 2, 1),
                ("Công việc", 2, 1),
                ("Bộ phận", 2, 1),
                "Tuần 40",
                "Tuần 41",
                "Tuần 42",
                ("Ghi chú", 2, 1),
            ],
            ["01/10 - 07/10", "08/10-14/10", "15/10 - 21/10"],
            ["1", "Chuẩn bị hồ sơ mời thầu gói thiết bị", "Tổ Mua sắm", mark, mark, "", ""],
            [
                "2",
                "Kiểm tra an toàn lưới điện nội bộ",
                "Tổ Cơ điện",
                mark,
                "",
                mark,
                "Theo thông báo của Điện lực",
            ],
            ["3", "Trực vận hành hệ thống máy chủ", "Tổ Tin học", mark, mark, mark, note],
        ]
    )


def test_week_columns_over_their_days_are_period_columns_due_at_the_weeks_last_day():
    header = classify(_week_gantt("■"))
    assert header is not None and header.rows == 2
    assert header.period_columns == {3: "01/10 - 07/10", 4: "08/10-14/10", 5: "15/10 - 21/10"}
    for mark in ("■", "●", "x"):
        items = _items(_week_gantt(mark, note="Thường xuyên"))
        assert [item.due for item in items] == ["08/10-14/10", "15/10 - 21/10", "Thường xuyên"], mark
    assert parse_due("08/10-14/10", year=2029).date.isoformat() == "2029-10-14"


def test_a_week_label_with_its_days_in_parentheses_is_a_period_column():
    table = _table(
        [
            [
                "TT",
                "Công việc",
                "Bộ phận",
                "Tuần 1 (06/1 - 12/1)",
                "Tuần 2 (13/1 - 19/1)",
                "Tuần 3 (20/1 - 26/1)",
            ],
            ["1", "Tổng hợp số liệu quyết toán năm", "Tổ Kế toán", "", "■", ""],
        ]
    )
    assert [item.due for item in _items(table)] == ["13/1 - 19/1"]


# ------------------------------------------------------------------------------- withdrawn
def test_a_row_withdrawn_in_its_note_is_no_task():
    table = _table(
        [
            ["STT", "Tên văn bản", "Cơ quan soạn thảo", "Thời gian trình", "Ghi chú"],
            ["1", "Quy chế quản lý bến xe khách", "Sở Xây dựng", "Tháng 5/2029", ""],
            [
                "2",
                "Đề án thu hút nhân lực y tế",
                "Sở Y tế",
                "Tháng 6/2029",
                "Đã rút khỏi Chương trình (Tờ trình 17)",
            ],
            [
                "3",
                "Kế hoạch phát triển chợ nông thôn",
                "Sở Công Thương",
                "Tháng 8/2029",
                "(Đưa ra khỏi kế hoạch)",
            ],
            [
                "4",
                "Quy định giá dịch vụ trông giữ xe",
                "Sở Tài chính",
                "Tháng 9/2029",
                "Chuyển từ tháng 4/2029",
            ],
        ]
    )
    assert [item.content[:10] for item in _items(table)] == ["Quy chế qu", "Quy định g"]


# -------------------------------------------------------------------------- indent outline
def _indented_plan() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["KẾ HOẠCH CÔNG TÁC NĂM 2029"])
    sheet.append(["Nhiệm vụ", "Bộ phận chủ trì", "Thời hạn"])
    rows = [
        (0, "Công tác chuyên môn", "", ""),
        (1, "Cập nhật quy trình kỹ thuật điều dưỡng", "Phòng Điều dưỡng", "30/6/29"),
        (1, "Đánh giá chất lượng bệnh viện", "Phòng Quản lý chất lượng", ""),
        (2, "Tự đánh giá theo bộ tiêu chí", "", "Tháng 10/2029"),
        (2, "Khắc phục các tiêu chí chưa đạt", "", "Quý IV/2029"),
        (0, "Công tác hành chính", "", ""),
        (1, "Mua sắm trang thiết bị văn phòng", "Phòng Hành chính", "Tháng 3/2029"),
    ]
    for level, text, unit, time in rows:
        sheet.append([text, unit, time])
        sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=level)
        if level == 0:
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_the_xlsx_reader_keeps_a_cells_indent():
    document = read_document(_indented_plan(), "ke_hoach.xlsx")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert [row[0].indent for row in table.rows[2:]] == [0, 1, 1, 2, 2, 0, 1]
    assert table.rows[3][1].indent == 0


def test_in_a_plan_outlined_by_indent_groups_and_parents_are_no_items_and_lend_their_lead():
    document = read_document(_indented_plan(), "ke_hoach.xlsx")
    items = _items(*document.blocks)
    assert [(item.content[:13], item.lead, item.due) for item in items] == [
        ("Cập nhật quy ", "Phòng Điều dưỡng", "30/6/29"),
        ("Tự đánh giá t", "Phòng Quản lý chất lượng", "Tháng 10/2029"),
        ("Khắc phục các", "Phòng Quản lý chất lượng", "Quý IV/2029"),
        ("Mua sắm trang", "Phòng Hành chính", "Tháng 3/2029"),
    ]
    assert items[1].section == "Công tác chuyên môn / Đánh giá chất lượng bệnh viện"


def test_a_table_without_indents_keeps_every_row():
    table = _table(
        [
            ["Nhiệm vụ", "Bộ phận chủ trì", "Thời hạn"],
            ["Cập nhật quy trình kỹ thuật", "Phòng Điều dưỡng", "30/6/2029"],
            ["Đánh giá chất lượng bệnh viện", "Phòng Quản lý chất lượng", "Quý IV/2029"],
        ]
    )
    assert len(_items(table)) == 2
