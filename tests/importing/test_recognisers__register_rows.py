"""A register's rows (an e-office export, a tracking sheet): each row its own record, so a blank
deadline left of the task is no deadline, not the row above's; a task marked `(thường xuyên)` at
the end of its text is a standing one. A grouping column (a month over its rows) still carries."""

import datetime

from engine.importing.build import import_document


def _rows(data: str, name: str = "so.csv"):
    result = import_document(data.encode("utf-8"), name, units=[], year=2030)
    return [(item.content, item.due_text, item.due_date) for item in result.items]


def test_a_blank_deadline_in_a_coded_row_is_none_not_the_row_above():
    rows = _rows(
        "Mã việc;Hạn;Nội dung;Đơn vị chủ trì\n"
        "TV-01;12/03/2030;Kiểm kê sách giáo khoa tồn kho;Phòng Nghiệp vụ\n"
        "TV-02;;Sửa chữa mái che khu đọc ngoài trời;Phòng Hành chính\n"
        "TV-03;;Số hóa tư liệu địa chí (thường xuyên);Phòng Tư liệu\n"
    )
    assert rows[0][2] == datetime.date(2030, 3, 12)
    assert not rows[1][1]  # no deadline printed: not 12/03
    assert rows[2][1].lower() == "thường xuyên"


def test_a_month_column_over_numbered_rows_still_heads_them():
    rows = _rows(
        "STT;Thời gian;Nội dung;Đơn vị chủ trì\n"
        "1;Tháng 4/2030;Tập huấn nghiệp vụ thư viện cơ sở;Phòng Nghiệp vụ\n"
        "2;;Luân chuyển sách về các điểm bưu điện văn hóa xã;Phòng Phục vụ\n"
    )
    assert [due for _, _, due in rows] == [datetime.date(2030, 4, 30), datetime.date(2030, 4, 30)]
