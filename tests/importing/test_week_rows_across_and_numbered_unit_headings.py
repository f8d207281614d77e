"""A plan table grouped by week rows printed in the time column and merged across the rest of the row
beside a blank number cell (`| | Tuần 2 (từ 08/3 đến 14/3/2027) ⟶ |`): headings over their rows, no
items and not the time of the row above. And a unit heading closing with the number the office calls
the unit by (`1. Phòng Thực hành quyền công tố … (Phòng 2)`): the full name before it leads.
Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import heading_unit_in_parentheses

_WEEKS = """<html><body><p>KẾ HOẠCH</p><p>Hoạt động tháng 3 năm 2027</p>
<table border="1">
<tr><td>STT</td><td>Thời gian</td><td>Nội dung công việc</td><td>Người phụ trách</td><td>Ghi chú</td></tr>
<tr><td></td><td colspan="4">Tuần 1 (từ 01/3 đến 07/3/2027)</td></tr>
<tr><td>1</td><td>02/3</td><td>Kiểm tra hồ sơ chuyên môn giáo viên</td><td>Phó Hiệu trưởng</td><td></td></tr>
<tr><td>2</td><td>03/3 - 05/3</td><td>Thao giảng cấp tổ chào mừng ngày 8/3</td><td>Tổ trưởng chuyên môn</td><td></td></tr>
<tr><td></td><td colspan="4">Tuần 2 (từ 08/3 đến 14/3/2027)</td></tr>
<tr><td>3</td><td>10/3</td><td>Họp cha mẹ học sinh khối 9</td><td>Giáo viên chủ nhiệm</td><td>14h00</td></tr>
</table></body></html>"""


def test_week_rows_merged_across_from_the_time_column_are_headings_not_times_of_the_row_above():
    items = import_document(_WEEKS.encode(), "kh.html", units=[], year=2027).items
    assert [item.content[:20] for item in items] == [
        "Kiểm tra hồ sơ chuyê",
        "Thao giảng cấp tổ ch",
        "Họp cha mẹ học sinh ",
    ]
    assert [item.due_date for item in items] == [date(2027, 3, 2), date(2027, 3, 5), date(2027, 3, 10)]


def test_a_heading_closing_with_the_units_number_is_led_by_the_full_name_before_it():
    assert (
        heading_unit_in_parentheses(
            "1. Phòng Thực hành quyền công tố và kiểm sát điều tra án kinh tế (Phòng 3)"
        )
        == "Phòng Thực hành quyền công tố và kiểm sát điều tra án kinh tế"
    )
    assert heading_unit_in_parentheses("2. Đội Kiểm tra thuế số 2 (Đội 2)") == "Đội Kiểm tra thuế số 2"
    # a long name full of commas, past twenty words with its number, and a closing colon
    assert (
        heading_unit_in_parentheses(
            "3. Phòng Giám sát, kiểm tra và xử lý sau thanh tra đối với các cơ quan, đơn vị cấp huyện (Phòng 4):"
        )
        == "Phòng Giám sát, kiểm tra và xử lý sau thanh tra đối với các cơ quan, đơn vị cấp huyện"
    )
    # a body of its own in the parenthesis still leads: the text before is a topic, not that body
    assert heading_unit_in_parentheses("3. Công tác tuyển sinh (Phòng Đào tạo):") == "Phòng Đào tạo"
    # a number whose kind word does not open the text before is not its short name
    assert (
        heading_unit_in_parentheses("4. Công tác kiểm sát án hình sự (Phòng 7)")
        != "Công tác kiểm sát án hình sự"
    )


def test_a_heading_closing_with_its_own_short_form_is_led_by_the_full_name_before_it():
    # the short form spells the name out, a letter a word (`TĐC`) or a syllable (`KHTH`) (h13fixWC)
    assert (
        heading_unit_in_parentheses(
            "2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (Trung tâm Kỹ thuật TĐC)"
        )
        == "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"
    )
    assert (
        heading_unit_in_parentheses("1. Phòng Kế hoạch tổng hợp (Phòng KHTH):") == "Phòng Kế hoạch tổng hợp"
    )
    # limits: another body of the same kind in the parenthesis leads, as before
    assert heading_unit_in_parentheses("1. Phòng Kế hoạch tổng hợp (Phòng Tài chính)") == "Phòng Tài chính"
    # a topic before the short form: the short form leads as printed (no full name to give it)
    assert (
        heading_unit_in_parentheses("2. Kiểm tra đo lường (Trung tâm Kỹ thuật TĐC)")
        == "Trung tâm Kỹ thuật TĐC"
    )
