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
