"""A webmail body pasted as plain text: its Vietnamese header lines (`Gửi từ:`, `Gửi lúc: Thứ Sáu,
…`) make it a saved mail, so the quoted earlier mail is dropped and weekdays of `tuần này` count from
the day it was sent; a task given `cùng thời hạn trên` is due when the one above it is. Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.build import import_document
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db

_PASTED = """Gửi từ: Văn phòng Công ty <vanphong@cangbien.vn>
Gửi lúc: Thứ Sáu, 03/09/2027 16:05
Tiêu đề: Chuẩn bị đón đoàn kiểm tra an toàn hàng hải

Kính gửi các phòng, ban,

Ban An toàn - Pháp chế rà soát hồ sơ diễn tập ứng phó sự cố tràn dầu, gửi Văn phòng trước 10h00 thứ Ba tuần sau.

Phòng Kỹ thuật - Vật tư kiểm tra toàn bộ phao, đèn báo hiệu tại cầu cảng số 2, báo cáo cùng thời hạn trên.

Trân trọng./.

Vào Th 5, 2 thg 9, 2027 lúc 08:30 Tổng Giám đốc <tgd@cangbien.vn> đã viết:
> Văn phòng nhắc các phòng hoàn thành hồ sơ trước 08/9 nhé.
"""


def test_a_pasted_webmail_drops_its_quote_and_counts_weekdays_from_its_sent_line():
    lines = [" ".join(line.cells) for line in read_document(_PASTED.encode(), "thu.txt").lines]
    assert not any("Tổng Giám đốc" in line or "nhắc các phòng" in line for line in lines)
    result = import_document(_PASTED.encode(), "thu.txt", units=[], year=2027)
    assert [(item.content[:20], item.due_date.isoformat()) for item in result.items] == [
        ("Ban An toàn - Pháp c", "2027-09-07"),  # Tuesday of the week after Friday 03/9
        ("Phòng Kỹ thuật - Vật", "2027-09-07"),  # the time above
    ]
