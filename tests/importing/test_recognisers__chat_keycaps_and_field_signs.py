"""A plan posted in a chat group: tasks numbered with keycap emoji (`1️⃣`, `🔟`), each over field
lines a sign opens (`👉` leads, `🤝` takes part, a clock gives the time), with or without a label;
and a day with no year followed by its place or its gathering hour."""

from datetime import date

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.outline import mark_of
from engine.importing.layouts.prose_facts import sign_labelled

_POSTED_PLAN = """Nhóm: TỔ DÂN PHỐ SỐ 9

Hoàng Văn Sơn  19:02 03/05/2029
📢 Việc của tổ dân phố trong tháng 5/2029
Các hộ đọc và thả tim giúp nhé.

1️⃣ Phát tờ rơi phòng chống sốt xuất huyết cho các hộ dọc ngõ 14
👉 Tổ phó Nguyễn Thị Lan
🕑 Xong trước 12/5

2️⃣ Kiểm tra bình chữa cháy tại nhà sinh hoạt cộng đồng
⏳ Sáng thứ Bảy 19/5, tại nhà sinh hoạt
🙋 Phụ trách: Tổ bảo vệ dân phố
🤝 Công an phường

❤️ 5

Phạm Thu Hà  19:20 03/05/2029
Dạ nhà em nhận ạ, thứ Bảy em rảnh.
"""


def test_keycap_digits_number_a_list():
    assert mark_of("1️⃣ Phát tờ rơi") == ("number", "1", "Phát tờ rơi")
    assert mark_of("7\u20e3 Họp tổ") == ("number", "7", "Họp tổ")
    assert mark_of("🔟 Tổng kết") == ("number", "10", "Tổng kết")
    assert mark_of("12 hộ đã nộp") is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("👉 Phụ trách: Tổ bảo vệ", "Phụ trách: Tổ bảo vệ"),  # a lead label of its own now
        ("👉 Người làm: Tổ bảo vệ", "Chủ trì: Tổ bảo vệ"),
        ("👉 Đơn vị chủ trì: Tổ bảo vệ", "Đơn vị chủ trì: Tổ bảo vệ"),
        ("👉🏻 Tổ phó Nguyễn Thị Lan", "Chủ trì: Tổ phó Nguyễn Thị Lan"),
        ("🤝 Công an phường", "Phối hợp: Công an phường"),
        ("🤝 Phối hợp: Đoàn phường", "Phối hợp: Đoàn phường"),
        ("⏰ Thứ Hai 7/5", "Thời hạn: Thứ Hai 7/5"),
        ("🕑 Xong trước 12/5", "Thời hạn: Xong trước 12/5"),
        ("Công an phường phối hợp", None),
        ("❤️ 5", None),
    ],
)
def test_a_sign_opening_a_line_labels_its_field(line, field):
    assert sign_labelled(line) == field


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sáng thứ Bảy 19/5, tại nhà sinh hoạt", date(2029, 5, 19)),
        ("9h00 thứ Hai 21/5 tại trụ sở UBND phường", date(2029, 5, 21)),
        ("Chiều Chủ nhật 20/5, tập trung lúc 14h", date(2029, 5, 20)),
    ],
)
def test_a_day_keeps_its_date_with_a_place_or_gathering_hour_after_it(text, day):
    assert parse_due(text, year=2029).date == day


def test_a_plan_posted_in_a_chat_group_reads_its_keycap_tasks_and_sign_fields():
    from engine.importing.build import import_document

    result = import_document(_POSTED_PLAN.encode(), "nhom.txt", units=[], year=2029)
    got = [
        (item.content, item.lead_text, item.due_date and item.due_date.isoformat()) for item in result.items
    ]
    assert got == [
        (
            "Phát tờ rơi phòng chống sốt xuất huyết cho các hộ dọc ngõ 14",
            "Tổ phó Nguyễn Thị Lan",
            "2029-05-12",
        ),
        ("Kiểm tra bình chữa cháy tại nhà sinh hoạt cộng đồng", "Tổ bảo vệ dân phố", "2029-05-19"),
    ]
