"""Week calendars grouped by leader rather than by day: a row naming a leader merged across the
table heads that leader's days; an entry a second leader attends with the first is one item; a
labelled note under the table that asks every unit for something by a day is an item. As lines of
text, each entry printing its own day: the same, and a note moving an entry to another day."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.days import attended_with, leading_day, preparing_unit
from engine.importing.layouts.prose_facts import EVERY_UNIT
from engine.importing.model import RawItem
from engine.importing.recognisers import _labelled_request

pytestmark = pytest.mark.django_db


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def _leader(name: str) -> str:
    return f'<tr><td colspan="4">{name}</td></tr>'


_BY_LEADER = "\n".join(
    [
        "<html><body><h2>LỊCH CÔNG TÁC TUẦN 10 CỦA LÃNH ĐẠO TRUNG TÂM</h2>",
        "<p>(Từ ngày 06/3/2028 đến ngày 12/3/2028)</p>",
        '<table border="1"><thead><tr><th>Thời gian</th><th>Nội dung công việc</th><th>Địa điểm</th>'
        "<th>Chuẩn bị</th></tr></thead><tbody>",
        _leader("Giám đốc Trung tâm Phan Văn Dũng"),
        _row(
            "Sáng thứ Hai (06/3)<br>08h00",
            "Chủ trì họp xét duyệt đề cương nhiệm vụ khảo sát địa chất",
            "Phòng họp",
            "Phòng Kỹ thuật",
        ),
        _row("Thứ Ba (07/3)", "Làm việc tại cơ quan", "", ""),
        _row(
            "Chiều thứ Tư (08/3)<br>14h00",
            "Kiểm tra kho mẫu lưu trữ tại chi nhánh phía Nam",
            "Chi nhánh",
            "Phòng Hành chính",
        ),
        _leader("Phó Giám đốc Trung tâm Vũ Thị Hạnh"),
        _row(
            "Sáng thứ Hai (06/3)<br>08h00",
            "Dự họp xét duyệt đề cương nhiệm vụ khảo sát địa chất (cùng Giám đốc Trung tâm)",
            "Phòng họp",
            "Phòng Kỹ thuật",
        ),
        _row(
            "Sáng thứ Năm (09/3)<br>09h00",
            "Nghiệm thu hồ sơ quan trắc môi trường quý I",
            "Phòng họp",
            "Phòng Quan trắc",
        ),
        "</tbody></table>",
        "<p><b>Ghi chú:</b> Lịch có thể thay đổi. Các phòng gửi đăng ký lịch tuần 11 về Phòng Hành chính"
        " trước 15h00 thứ Năm (09/3).</p>",
        "</body></html>",
    ]
)


def test_leader_rows_head_their_days_and_a_joint_entry_is_one_item():
    imported = import_document(_BY_LEADER.encode(), "lich.html", units=[], year=2028)
    got = [
        (item.content[:20], item.due_date.isoformat() if item.due_date else None) for item in imported.items
    ]
    assert got == [
        ("Chủ trì họp xét duyệ", "2028-03-06"),
        ("Kiểm tra kho mẫu lưu", "2028-03-08"),
        ("Nghiệm thu hồ sơ qua", "2028-03-09"),
        ("Các phòng gửi đăng k", "2028-03-09"),
    ]


def test_an_entry_attended_with_another_leader_is_the_first_leaders_item():
    earlier = [
        RawItem(
            content="Chủ trì hội thảo khoa học về giống lúa", lead="Phòng Khoa học", due="06/03/2028", line=1
        )
    ]
    joint = "Dự hội thảo khoa học về giống lúa (cùng Phó Chủ tịch)"
    assert attended_with(joint, "06/03/2028", "Phòng Khoa học", earlier)
    assert not attended_with(joint, "07/03/2028", "Phòng Khoa học", earlier)  # another day
    assert not attended_with("Dự hội thảo khoa học về giống lúa", "06/03/2028", "Phòng Khoa học", earlier)
    assert not attended_with(
        "Dự hội thảo về giống ngô (cùng Giám đốc)", "06/03/2028", "Phòng Khoa học", earlier
    )


def test_a_labelled_note_is_read_from_its_request():
    note = "Lưu ý: Lịch có thể điều chỉnh. Các đơn vị nộp báo cáo tháng về Văn phòng trước ngày 25/3."
    assert _labelled_request(note, EVERY_UNIT) == "Các đơn vị nộp báo cáo tháng về Văn phòng trước ngày 25/3."
    assert _labelled_request("Lưu ý: Lịch có thể điều chỉnh theo chỉ đạo.", EVERY_UNIT) == ""
    assert _labelled_request("Các đơn vị nộp báo cáo trước ngày 25/3.", EVERY_UNIT) == ""  # no label


_LINES_BY_LEADER = """Lịch công tác tuần 19 năm 2028 của Lãnh đạo Sở
(Từ ngày 08/5/2028 đến ngày 14/5/2028)
A. GIÁM ĐỐC SỞ TẠ VĂN KHIÊM
- Thứ Hai (08/5), 08h00: Chủ trì giao ban Ban Giám đốc. Chuẩn bị: Văn phòng Sở.
- Thứ Ba (09/5), 14h00: Cùng Phó Giám đốc Lò Thị Mai làm việc với Công ty Cấp nước về tiến độ dự án hồ chứa. Chuẩn bị: Phòng Quản lý xây dựng.
- Thứ Tư (10/5), cả ngày: Làm việc tại cơ quan.
B. PHÓ GIÁM ĐỐC SỞ LÒ THỊ MAI
- Thứ Ba (09/5), 14h00: Cùng Giám đốc Sở làm việc với Công ty Cấp nước về tiến độ dự án (như trên).
- Thứ Năm (11/5), 09h00: Thẩm định hồ sơ thiết kế trường học vùng cao. Chuẩn bị: Phòng Quản lý xây dựng (tổ thẩm định).
Thay đổi lịch: Buổi thẩm định hồ sơ thiết kế trường học vùng cao của Phó Giám đốc sáng thứ Năm (11/5) lùi sang 14h00 thứ Sáu (12/5).
Ghi chú: Lịch có thể thay đổi.
Các phòng, đơn vị gửi đăng ký lịch tuần 20 về Văn phòng Sở trước 16h00 thứ Năm (11/5).
- Lịch công tác tuần 18 năm 2028 (28/04/2028)
"""


def test_a_calendar_of_lines_grouped_by_leader_with_a_moved_entry():
    imported = import_document(_LINES_BY_LEADER.encode(), "lich.txt", units=[], year=2028)
    assert imported.layout == "week_calendar"
    got = [(item.content[:20], item.lead_text, item.due_date.isoformat()) for item in imported.items]
    assert got == [
        ("Chủ trì giao ban Ban", "Văn phòng Sở", "2028-05-08"),
        ("Cùng Phó Giám đốc Lò", "Phòng Quản lý xây dựng", "2028-05-09"),
        ("Thẩm định hồ sơ thiế", "Phòng Quản lý xây dựng", "2028-05-12"),  # moved by the note
        ("Các phòng, đơn vị gử", "", "2028-05-11"),  # after the "Ghi chú" line
    ]


def test_an_entry_opening_with_its_day_in_parentheses_and_a_remark_after_the_preparing_unit():
    assert leading_day("Thứ Hai (08/5), 08h00: Chủ trì giao ban") == (
        "Thứ Hai (08/5)",
        "08h00: Chủ trì giao ban",
    )
    assert (
        preparing_unit("Họp. Chuẩn bị: Văn phòng Sở (kỹ thuật); Phòng Tổ chức.")
        == "Văn phòng Sở; Phòng Tổ chức"
    )


def test_an_entry_listed_again_opening_with_the_other_leader_is_the_first_listing():
    earlier = [
        RawItem(
            content="Cùng Phó Giám đốc kiểm tra kho vắc xin tại Trung tâm",
            lead="Phòng Y tế",
            due="09/05/2028 (14h00)",
            line=1,
        )
    ]
    again = "Cùng Giám đốc Sở kiểm tra kho vắc xin (như trên)."
    assert attended_with(again, "09/05/2028 (14h00)", "", earlier)
    assert not attended_with(again, "10/05/2028 (14h00)", "", earlier)  # another day
    assert not attended_with("Cùng Giám đốc Sở dự hội nghị tổng kết ngành", "09/05/2028 (14h00)", "", earlier)
