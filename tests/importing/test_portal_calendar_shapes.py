"""Week calendars as portals' saved text gives them: pipe rows without a leading `|` or a rule row,
a weekday and its date on lines of their own, and a table flattened to one cell per line."""

import pytest

from engine.importing.build import import_document
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db

_BARE_PIPES = """LỊCH LÀM VIỆC CỦA LÃNH ĐẠO SỞ XÂY DỰNG
Ngày | Thời gian | Nội dung | Lãnh đạo | Nơi họp |
T.5 12/3 | 8:00 | Họp thẩm định quy hoạch chi tiết khu dân cư Bắc Cầu Rào | Đ/c Minh GĐ | Phòng họp 1 |
14:00 | Kiểm tra công trình trường mầm non xã Đông Tiến | Đ/c Lan PGĐ | Xã Đông Tiến |
16h30 | Làm việc với nhà thầu về tiến độ cầu vượt đường sắt | Đ/c Minh GĐ | Phòng họp 2 |
T.6 13/3 | 7:30 | Giao ban kỹ thuật các dự án nhà ở xã hội năm 2027 với
| Đ/c Lan PGĐ | Phòng họp 1 |
9:00 | Tiếp công dân định kỳ | Đ/c Minh GĐ | Trụ sở tiếp dân |
| | | |
T.7 14/3 | 8:00 | Dự lễ khởi công tuyến đường ven biển đoạn qua huyện | Đ/c Minh GĐ | Công trường |
"""


def test_pipe_rows_without_leading_pipe_or_rule_are_a_table_and_a_day_carries_down():
    document = read_document(_BARE_PIPES.encode(), "lich.txt")
    rows = [line.cells for line in document.lines if len(line.cells) > 1]
    assert rows[0] == ("Ngày", "Thời gian", "Nội dung", "Lãnh đạo", "Nơi họp")
    assert len(rows) == 7  # the broken row is one row, the empty row is none
    assert rows[2][:2] == ("T.5 12/3", "14:00")  # the day cell repeated down, the time in its column
    assert rows[3][:2] == ("T.5 12/3", "16h30")
    assert rows[4][2].endswith("năm 2027 với") and rows[4][3:] == ("Đ/c Lan PGĐ", "Phòng họp 1")
    imported = import_document(_BARE_PIPES.encode(), "lich.txt", units=[], year=2027)
    assert imported.layout == "week_calendar"
    dues = [(item.content[:12], item.due_date.isoformat()) for item in imported.items]
    assert dues == [
        ("Họp thẩm địn", "2027-03-12"),
        ("Kiểm tra côn", "2027-03-12"),
        ("Làm việc với", "2027-03-12"),
        ("Giao ban kỹ ", "2027-03-13"),
        ("Tiếp công dâ", "2027-03-13"),
        ("Dự lễ khởi c", "2027-03-14"),
    ]


def test_a_line_with_one_or_two_pipes_in_a_text_is_not_a_table():
    text = (
        "Ngày đăng: 01/02/2027 | Tác giả: Văn phòng\n\nNội dung | ghi chú | xem\nMột đoạn văn bình thường.\n"
    )
    document = read_document(text.encode(), "tin.txt")
    assert all(len(line.cells) == 1 for line in document.lines)


_SPLIT_DAYS = """LỊCH CÔNG TÁC TUẦN 40 CỦA BAN THƯỜNG TRỰC ỦY BAN MTTQ HUYỆN (từ 04/10/2027 đến 08/10/2027)

Ngày

Nội dung

Thứ Hai

04/10

Ban Thường trực dự hội nghị tổng kết công tác dân vận năm 2027 tại Hội trường huyện.

Thứ Ba

05/10

- Ban Phong trào kiểm tra mô hình khu dân cư kiểu mẫu tại xã Hòa Bình (sáng).

- Ban Tuyên giáo họp chuẩn bị Đại hội điểm cấp xã (chiều).

Thứ Năm

07/10

+ Văn phòng tổng hợp báo cáo quý III gửi Ủy ban MTTQ tỉnh.

Thứ Sáu

8/10

Tiếp nhận và xử lý đơn thư của công dân gửi đến Ủy ban MTTQ huyện.

Nơi nhận:
- Lưu VT.
"""


def test_a_weekday_line_and_a_date_line_are_one_day_heading():
    imported = import_document(_SPLIT_DAYS.encode(), "lich.txt", units=[], year=2027)
    assert imported.layout == "week_calendar"
    got = [(item.content[:22], item.due_date.isoformat()) for item in imported.items]
    assert got == [
        ("Ban Thường trực dự hội", "2027-10-04"),
        ("Ban Phong trào kiểm tr", "2027-10-05"),
        ("Ban Tuyên giáo họp chu", "2027-10-05"),
        ("Văn phòng tổng hợp báo", "2027-10-07"),
        ("Tiếp nhận và xử lý đơn", "2027-10-08"),
    ]


_FLATTENED = """LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND HUYỆN
Tuần từ ngày 15/11/2027 đến ngày 19/11/2027

Ngày

Buổi

Nội dung

Địa điểm

Lãnh đạo

Thứ 4

17/11

Sáng

(7h30) Kiểm tra công tác chuẩn bị bầu cử tại các xã vùng cao

Xã Tân Lập

CT Hoàng Văn Phúc

\u00a0

(9h00) Họp Ban chỉ đạo chuyển đổi số huyện,

quý IV năm 2027

Phòng họp số 2

PCT Đinh Thị Hà

Chiều

Tiếp xúc cử tri trước kỳ họp thứ 8 Hội đồng nhân dân huyện

Nhà văn hóa thôn Đông

Chủ tịch,

các Phó Chủ tịch

Thứ 5

18/11

Sáng

\u00a0

\u00a0

Chiều

(14h) Làm việc với Đoàn kiểm tra của tỉnh về giải ngân vốn đầu tư công

Phòng họp số 1

PCT Đinh Thị Hà

Tối

Dự chương trình nghệ thuật chào mừng ngày Nhà giáo Việt Nam

Trung tâm Văn hóa huyện

PCT Lò Văn Tâm
"""


def test_a_table_flattened_to_one_cell_per_line_gives_one_entry_per_row():
    imported = import_document(_FLATTENED.encode(), "lich.txt", units=[], year=2027)
    assert imported.layout == "week_calendar"
    got = [(item.content, item.due_date.isoformat(), item.leader) for item in imported.items]
    assert got == [
        ("Kiểm tra công tác chuẩn bị bầu cử tại các xã vùng cao", "2027-11-17", "CT Hoàng Văn Phúc"),
        ("Họp Ban chỉ đạo chuyển đổi số huyện, quý IV năm 2027", "2027-11-17", "PCT Đinh Thị Hà"),
        ("Tiếp xúc cử tri trước kỳ họp thứ 8 Hội đồng nhân dân huyện", "2027-11-17", "Chủ tịch"),
        ("Làm việc với Đoàn kiểm tra của tỉnh về giải ngân vốn đầu tư công", "2027-11-18", "PCT Đinh Thị Hà"),
        ("Dự chương trình nghệ thuật chào mừng ngày Nhà giáo Việt Nam", "2027-11-18", "PCT Lò Văn Tâm"),
    ]
    # The place and leader lines are attributes, never items of their own.
    assert not any(
        item.content.startswith(("Xã Tân", "Phòng họp", "Nhà văn", "các Phó")) for item in imported.items
    )


def test_a_leader_cell_may_name_the_office_attending_after_the_leader():
    from engine.importing.layouts.days import split_leader_unit

    assert split_leader_unit("Đ/c Hằng PGĐ Phòng Quản lý đô thị") == ("Đ/c Hằng PGĐ", "Phòng Quản lý đô thị")
    assert split_leader_unit("Đồng chí Văn Bình CT BQL dự án") == ("Đồng chí Văn Bình CT", "BQL dự án")
    assert split_leader_unit("Đ/c Quang PCT TT") == ("Đ/c Quang PCT TT", "")
    assert split_leader_unit("Giám đốc Nguyễn Văn Hùng") == ("Giám đốc Nguyễn Văn Hùng", "")
    assert split_leader_unit("Đ/c Hùng - GĐ Sở") == ("Đ/c Hùng - GĐ Sở", "")


def test_the_body_a_calendar_lines_sentence_opens_with_leads_it():
    from engine.importing.layouts.days import acting_body

    assert acting_body("Ban Dân tộc khảo sát đời sống đồng bào tại xã Phước Hà") == "Ban Dân tộc"
    assert acting_body("Thường trực UBND huyện dự lễ kỷ niệm") == "Thường trực UBND huyện"
    assert acting_body("Văn phòng HĐND tỉnh họp giao ban tháng") == "Văn phòng HĐND tỉnh"
    assert acting_body("Chủ tịch dự hội nghị tổng kết") == ""  # a person, not a body
    assert acting_body("Hội nghị sơ kết công tác quý III") == ""
    text = "\n\n".join(
        [
            "Lịch công tác tuần 10/2027",
            "Thứ Ba",
            "9/3",
            "- Ban Dân tộc khảo sát tại xã Phước Hà (sáng).",
            "Thứ Tư",
            "10/3",
            "- Chủ tịch dự hội nghị tổng kết (chiều).",
        ]
    )
    imported = import_document(text.encode(), "lich.txt", units=[], year=2027)
    assert [(item.lead_text, item.due_date.isoformat()) for item in imported.items] == [
        ("Ban Dân tộc", "2027-03-09"),
        ("", "2027-03-10"),
    ]
