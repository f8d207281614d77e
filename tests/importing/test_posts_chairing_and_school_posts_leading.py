"""A calendar's `Chủ trì` column naming a division's head by post (`Trưởng phòng`, `Phó Trưởng ban
<tên>`, `Chi cục trưởng`) beside a preparing-unit column: the post chairs, the preparing unit leads;
a command's `Trực chỉ huy: <post>` line is a duty roster, no item. A school's post opening a
conclusion's point (`Phó Hiệu trưởng phụ trách cơ sở vật chất …`, `Giáo viên chủ nhiệm lớp 12 …`)
leads it where no unit is named, the field in its charge part of the post; so does a company's
deputy director by the field in his charge (`Phó Tổng Giám đốc phụ trách sản xuất (ông …) …`), his
name in parentheses no part of the post. Own text, not a corpus
document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import is_not_task, names_leader
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument


def test_a_division_head_by_post_names_a_leader_not_a_unit():
    for text in ("Trưởng phòng", "Phó Trưởng phòng Đỗ Minh Khoa", "Trưởng ban", "Phó Trưởng ban Lý Thu Hà",
                 "Chi cục trưởng", "Phó Cục trưởng Vũ Đình Sơn", "Phó Hạt trưởng Mai Văn Bình"):  # fmt: skip
        assert names_leader(text), text
    for text in ("Phòng Tổng hợp", "Ban Tuyên giáo", "Chi cục Thủy sản", "Đội Quản lý thị trường số 2"):
        assert not names_leader(text), text


def test_the_preparing_unit_leads_beside_a_chair_column_of_posts():
    rows = [
        [("Ngày", 1, 1), ("Buổi", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ 2 (07/06/2027)", 2, 1), ("Sáng", 1, 1), ("Giao ban đầu tuần", 1, 1), ("Trưởng phòng", 1, 1), ("Tổ Tổng hợp", 1, 1)],
        [("Chiều", 1, 1), ("Kiểm tra kho vật chứng", 1, 1), ("Phó Trưởng phòng Đỗ Minh Khoa", 1, 1), ("Tổ Hồ sơ", 1, 1)],
        [("Thứ 3 (08/06/2027)", 1, 1), ("Sáng", 1, 1), ("Tập huấn nghiệp vụ", 1, 1), ("Trưởng phòng", 1, 1), ("Tổ Nghiệp vụ", 1, 1)],
    ]  # fmt: skip
    found = calendar_weeks.recognise(
        Context(BlocksDocument([Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])]), None)
    )
    assert [i.lead for i in found.items] == ["Tổ Tổng hợp", "Tổ Hồ sơ", "Tổ Nghiệp vụ"]


def test_a_command_duty_line_is_no_item():
    assert is_not_task("Trực chỉ huy: Phó Trưởng ban Lý Thu Hà")
    assert is_not_task("Trực chỉ huy")
    assert not is_not_task("Trực chỉ huy điều tiết giao thông tại cầu Bến Lức")


def test_a_school_post_opening_a_point_leads_it_with_its_field():
    found = assignment_in(
        "Phó Hiệu trưởng phụ trách cơ sở vật chất tổ chức kiểm kê tài sản trước ngày 30/6/2027."
    )
    assert found.lead == "Phó Hiệu trưởng phụ trách cơ sở vật chất"
    found = assignment_in("Giáo viên chủ nhiệm lớp 12 hoàn thành hồ sơ đăng ký dự thi trước ngày 20/4/2027.")
    assert found.lead == "Giáo viên chủ nhiệm lớp 12"


def test_a_deputy_director_by_the_field_in_his_charge_leads_a_point():
    found = assignment_in(
        "Phó Tổng Giám đốc phụ trách sản xuất (ông Lê Minh Tuấn) trực tiếp chỉ đạo công tác ứng trực trong dịp Tết."
    )
    assert found.lead == "Phó Tổng Giám đốc phụ trách sản xuất"
    found = assignment_in("Phó Giám đốc phụ trách kỹ thuật kiểm tra an toàn lao động trước ngày 15/5/2028.")
    assert found.lead == "Phó Giám đốc phụ trách kỹ thuật"


def test_a_director_or_a_deputy_by_name_leads_no_point():
    # the director who concludes, a deputy named by his name (a calendar's chair): no post that leads
    assert assignment_in("Phó Giám đốc Nguyễn Văn Tuấn kiểm tra trạm bơm Hòa Bình.") is None
    assert assignment_in("Tổng Giám đốc giao Phòng Kỹ thuật lập phương án cấp nước.").lead == "Phòng Kỹ thuật"
    assert assignment_in("Phó Tổng Giám đốc chỉ đạo các phòng hoàn thành nhiệm vụ.") is None
