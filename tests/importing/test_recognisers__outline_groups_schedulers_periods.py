"""Shapes taught by h13fixPA (held-out h361, h354, h356), each on other text: a sheet's rows hidden
by a collapsed outline group, a note granting an extension, a scheduler's task table (resources,
inactive and summary tasks), an indicator's reporting period column."""

import datetime
import io

from engine.importing.build import import_document

from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


# ------------------------------------------------------------------ collapsed outline groups
def _grouped_sheet() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    sheet.append(["", "Họp tổ ngày 02/3/2030"])
    sheet.append(["1", "Dọn kho vật tư cũ", "Tổ Kho", "10/3/2030"])
    sheet.row_dimensions[sheet.max_row].outlineLevel = 2
    sheet.row_dimensions[sheet.max_row].hidden = True  # its group collapsed
    sheet.append(["2", "Thay khóa cửa phòng máy", "Tổ Bảo vệ", "12/3/2030"])
    sheet.row_dimensions[sheet.max_row].hidden = True  # hidden by itself: put aside
    sheet.append(["3", "Kiểm tra bình chữa cháy", "Tổ Bảo vệ", "15/3/2030"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_row_hidden_by_a_collapsed_outline_group_is_a_task_and_a_lone_hidden_row_is_not():
    result = import_document(_grouped_sheet(), "to.xlsx", units=[], year=2030)
    assert [(item.content, item.due_date) for item in result.items] == [
        ("Dọn kho vật tư cũ", datetime.date(2030, 3, 10)),
        ("Kiểm tra bình chữa cháy", datetime.date(2030, 3, 15)),
    ]


# ------------------------------------------------------------------ an extension in the note
def test_a_note_granting_an_extension_with_its_date_gives_the_deadline_in_force():
    items = _items(
        _table(
            [
                ["STT", "Nội dung", "Đơn vị thực hiện", "Hạn", "Ghi chú"],
                [
                    "1",
                    "Nâng cấp phần mềm kế toán",
                    "Phòng Tài vụ",
                    "01/4/2030",
                    "Đã được gia hạn đến 20/5/2030",
                ],
                ["2", "Sửa mái hội trường", "Phòng Hành chính", "05/4/2030", "Xin gia hạn đến 30/5/2030"],
            ]
        )
    )
    assert [(item.content, item.due) for item in items] == [
        ("Nâng cấp phần mềm kế toán", "20/5/2030"),
        ("Sửa mái hội trường", "05/4/2030"),  # only asked for
    ]


# ------------------------------------------------------------------ a scheduler's task table
def test_a_scheduler_export_reads_resources_as_leads_and_skips_summary_and_inactive_tasks():
    items = _items(
        _table(
            [
                ["ID", "Active", "Name", "Outline_Level", "Finish", "Resource_Names"],
                ["1", "Yes", "Giai đoạn chuẩn bị", "1", "30/6/2030", ""],
                ["2", "Yes", "Khảo sát hiện trạng mạng nội bộ", "2", "15/5/2030", "Tổ Kỹ thuật"],
                ["3", "No", "Hội nghị khách hàng", "2", "20/5/2030", "Tổ Kinh doanh"],
                ["4", "Yes", "Lắp đặt thiết bị chuyển mạch", "2", "30/6/2030", "Tổ Kỹ thuật"],
            ]
        )
    )
    assert [(item.content, item.lead, item.due) for item in items] == [
        ("Khảo sát hiện trạng mạng nội bộ", "Tổ Kỹ thuật", "15/5/2030"),
        ("Lắp đặt thiết bị chuyển mạch", "Tổ Kỹ thuật", "30/6/2030"),
    ]


# ------------------------------------------------------------------ a reporting period column
def test_an_indicators_reporting_period_column_gives_its_round():
    items = _items(
        _table(
            [
                ["STT", "Chỉ tiêu", "Kế hoạch", "Cơ quan chủ trì", "Kỳ đánh giá"],
                ["1", "Số khách lưu trú", "12.000", "Phòng Du lịch", "Hằng tháng"],
                ["2", "Số lễ hội được phục dựng", "3", "Phòng Văn hóa", "Năm"],
            ]
        )
    )
    assert [(item.content[:16], item.due) for item in items] == [
        ("Số khách lưu trú", "Hằng tháng"),
        ("Số lễ hội được p", ""),
    ]
