"""Dues counted from events (engine/importing/event_dues.py): a registered task's time counted from the
day its own text says it was assigned (`(Giám đốc giao ngày 07/5/2029)` for `05 ngày làm việc kể từ
ngày giao`), where no column dates it; a season named in lower case (`trong suốt mùa khô`) due at the
end the document prints after the season's name elsewhere (`mùa khô (đến hết ngày 31/5/2029)`)."""

from engine.importing.blocks import Table
from engine.importing.event_dues import resolve_event_dues
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import document_of

# ruff: noqa: E501 — document text is data: long lines.

REGISTRATION = """
PHIẾU ĐĂNG KÝ CÔNG VIỆC THÁNG 5/2029
STT\tCông việc\tSản phẩm\tThời hạn
1\tLập dự toán sửa chữa trụ sở làm việc (Giám đốc giao ngày 07/5/2029)\tDự toán\t05 ngày làm việc kể từ ngày giao
2\tSoạn thảo quy chế quản lý tài sản công (giao tại cuộc họp giao ban ngày 14/5)\tDự thảo\t10 ngày kể từ ngày được giao
3\tRà soát hồ sơ nâng lương (Trưởng phòng giao ngày 02/5/2029; Giám đốc giao lại ngày 04/5/2029)\tDanh sách\t03 ngày làm việc kể từ ngày giao
4\tKiểm kê kho lưu trữ\tBiên bản\t05 ngày kể từ ngày giao
"""


def test_a_time_counted_from_the_assignment_takes_the_day_the_rows_own_text_gives():
    document = document_of(REGISTRATION)
    lines = [line for block in document.blocks if isinstance(block, Table) for line in block.row_lines][1:]
    dues = [
        "05 ngày làm việc kể từ ngày giao",
        "10 ngày kể từ ngày được giao",
        "03 ngày làm việc kể từ ngày giao",
        "05 ngày kể từ ngày giao",
    ]
    items = [
        RawItem(line=line, content=f"việc {n}", due=due)
        for n, (line, due) in enumerate(zip(lines, dues, strict=True))
    ]
    resolve_event_dues(items, document, 2029)
    assert [item.due for item in items] == [
        "14/05/2029 (05 ngày làm việc kể từ ngày giao)",  # Monday 07/5 + five working days
        "24/05/2029 (10 ngày kể từ ngày được giao)",  # the day without its year: the document's
        "03 ngày làm việc kể từ ngày giao",  # two different days: kept for a person to set
        "05 ngày kể từ ngày giao",  # the row gives no day
    ]


DISPATCH = """
CÔNG VĂN
Về việc chủ động phòng, chống hạn hán, xâm nhập mặn và mưa bão năm 2029
1. Các xã vận hành cống lấy nước ngọt, duy trì trong suốt mùa khô (đến hết ngày 31/5/2029).
2. Các hợp tác xã chủ động ứng phó trong mùa mưa bão năm 2029 (từ tháng 6 đến hết tháng 11/2029).
3. Trạm Thủy lợi kiểm tra đê bao trước mùa mưa bão năm 2029.
"""


def test_a_season_named_in_lower_case_is_due_at_the_end_printed_after_its_name():
    items = [
        RawItem(line=0, content="Trực vận hành trạm bơm", due="trong suốt mùa khô"),
        RawItem(line=0, content="Gia cố bờ bao", due="Trong mùa mưa bão"),
        RawItem(line=0, content="Đảm bảo an ninh", due="trong suốt mùa lễ hội"),  # printed nowhere
        RawItem(line=0, content="Thu hoạch lúa", due="trong mùa mưa"),  # another season's name only begins so
    ]
    resolve_event_dues(items, document_of(DISPATCH), 2029)
    assert [item.due for item in items] == [
        "31/05/2029 (trong suốt mùa khô)",
        "30/11/2029 (Trong mùa mưa bão)",
        "trong suốt mùa lễ hội",
        "trong mùa mưa",
    ]
