"""A dispatch's timetable followed by the issuer's lead-in ending in its verb and a colon (`Ngoài các nội
dung trên, <issuer> đề nghị:`, `… yêu cầu các phòng, trạm:`, `… đề nghị như sau:`) over numbered
closing points: the points are read as under `TỔ CHỨC THỰC HIỆN` (a focal body's duty, a named unit's
duty even undated, every unit's request by a day or by a round); a lead-in that goes on to what it
asks, or a paragraph of another sentence before it, is not one. And a round bounded by a range of
days printed right after it (`vào thứ Sáu hằng tuần, từ ngày … đến ngày …`) is a recurrence. Own
text, not a corpus document's (the shape of h638)."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import due_in
from engine.importing.recognisers import _issuer_asks_lead_in, closing_requests

from .helpers_blocks import BlocksDocument, table_of


def _dispatch(*closing: str, before: tuple[str, ...] = ()):
    table = table_of(
        [
            ["TT", "Nội dung công việc", "Thời hạn", "Đơn vị thực hiện"],
            [
                "1",
                "Kiểm định đồng hồ nước khu vực phía Bắc",
                "Chậm nhất ngày 15/11/2031",
                "Xí nghiệp Nước số 1",
            ],
            ["2", "Thay thế tuyến ống gang cũ đường Lê Lợi", "Trước 20/12/2031", "Xí nghiệp Nước số 2"],
        ]
    )
    table.row_lines = [10, 11, 12]
    opening = [Paragraph(text, line=1 + n) for n, text in enumerate(before)]
    return BlocksDocument(
        [*opening, table, *(Paragraph(text, line=20 + n) for n, text in enumerate(closing))]
    )


def _found(document):
    found = closing_requests(document, taken={11, 12}, leads=["Xí nghiệp Nước số 1", "Xí nghiệp Nước số 2"])
    return [(item.line, item.lead, item.due) for item in found]


def test_numbered_points_under_the_issuers_lead_in_after_the_table_are_read_as_closing_duties():
    document = _dispatch(
        "Ngoài các nội dung trên, Công ty cấp nước Sông Lam đề nghị:",
        "1. Phòng Kế hoạch - Vật tư là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Văn bản này.",
        "2. Phòng Tài vụ bố trí kinh phí mua sắm vật tư thay thế.",
        "3. Các xí nghiệp báo cáo tiến độ về Phòng Kế hoạch - Vật tư vào thứ Hai hằng tuần, từ ngày 02/11/2031 đến ngày 28/12/2031.",
        "4. Các xí nghiệp thông báo lịch cắt nước đến khách hàng chậm nhất ngày 10/11/2031.",
        "Yêu cầu các phòng, xí nghiệp nghiêm túc thực hiện./.",
    )
    assert _found(document) == [
        (21, "Phòng Kế hoạch - Vật tư", ""),
        (22, "Phòng Tài vụ", ""),
        (23, "", "hằng tuần"),
        (24, "", "chậm nhất ngày 10/11/2031"),
    ]


def test_the_lead_in_may_name_whom_it_asks_or_say_as_follows():
    assert _issuer_asks_lead_in("Ngoài các nội dung trên, KBNN KV XVII đề nghị:")
    assert _issuer_asks_lead_in("Để bảo đảm tiến độ, Giám đốc Trung tâm yêu cầu các phòng, trạm:")
    assert _issuer_asks_lead_in("Trên cơ sở các nội dung trên, Sở Xây dựng đề nghị như sau:")
    # what it asks after whom, another sentence before it, no colon: none
    assert not _issuer_asks_lead_in("Đề nghị các đơn vị triển khai ngay các việc sau:")
    assert not _issuer_asks_lead_in("Sở yêu cầu các phòng thực hiện các nội dung sau:")
    assert not _issuer_asks_lead_in("Mưa lớn gây ngập nhiều tuyến đường. Đề nghị:")
    assert not _issuer_asks_lead_in("Yêu cầu các phòng, xí nghiệp nghiêm túc thực hiện./.")


def test_without_the_lead_in_or_with_one_that_says_what_it_asks_numbered_points_stay_the_prose_readers():
    points = (
        "1. Phòng Kế hoạch - Vật tư là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Văn bản này.",
        "2. Phòng Tài vụ bố trí kinh phí mua sắm vật tư thay thế.",
    )
    assert _found(_dispatch(*points)) == []
    assert _found(_dispatch("Công ty đề nghị các đơn vị triển khai ngay các việc sau:", *points)) == []
    # a lead-in above the table introduces the table, not closing points
    assert _found(_dispatch(*points, before=("Công ty cấp nước Sông Lam đề nghị:",))) == []


def test_a_round_bounded_by_a_range_of_days_right_after_it_is_a_recurrence():
    assert (
        due_in("Các xí nghiệp báo cáo vào thứ Hai hằng tuần, từ ngày 02/11/2031 đến ngày 28/12/2031.")
        == "hằng tuần"
    )
    assert due_in("Các trạm báo cáo hằng tuần (từ ngày 02/11/2031 đến ngày 28/12/2031).") == "hằng tuần"
    assert due_in("Các khoa báo cáo hằng tháng, từ tháng 3 đến tháng 9/2031.") == "hằng tháng"
    # a range further on, after another clause, is the task's own time: its end
    assert (
        due_in("Họp giao ban hằng tuần; hoàn thành kiểm kê từ ngày 01/3/2031 đến ngày 30/6/2031.")
        == "đến ngày 30/6/2031"
    )
