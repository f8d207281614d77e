"""A meeting invitation's preparations (layouts/action_items.py, event_dues.py): the agenda under the
meeting's own fields is no task, the preparations count their dues from the meeting day its
`Thời gian:` field prints (before it, at it, after it in a closing paragraph counted forward), a
subject may carry a gloss in parentheses or address every unit of a kind."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.event_dues import relative_due, resolve_event_dues
from engine.importing.layouts import action_items
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import context_of, document_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gửi dự thảo quy chế cho các thành viên chậm nhất 04 ngày làm việc trước ngày họp.", ("hop", -4)),
        ("Nộp báo cáo thẩm định trước ngày họp 03 ngày.", ("hop", -3)),
        ("Gửi số liệu về Văn phòng 02 ngày trước cuộc họp.", ("hop", -2)),
        ("Hoàn thiện biên bản sau cuộc họp 05 ngày.", ("hop", 5)),
        ("Trình bày tham luận về chuyển đổi số tại buổi họp.", ("hop", 0)),
        ("Báo cáo kết quả xây dựng nông thôn mới tại Hội nghị.", ("hoi nghi", 0)),
        ("Sau buổi họp, Phòng Nội vụ hoàn chỉnh quy chế, trình ký trong vòng 10 ngày.", ("hop", 10)),
        ("Sau Hội nghị, Văn phòng gửi kết luận trong thời hạn 03 ngày làm việc.", ("hoi nghi", 3)),
        # a span counted from another day is that day's, not the meeting's
        ("Sau cuộc họp, các tổ nộp hồ sơ trong vòng 05 ngày kể từ ngày nhận biên bản.", None),
        # `hợp đồng` folds as `họp` does: a contract is no meeting
        ("Ký hợp đồng trước ngày 20/5/2028.", None),
        ("Thanh lý hợp đồng sau 05 ngày.", None),
    ],
)
def test_times_counted_from_the_meeting(text, expected):
    assert relative_due(text) == expected


INVITATION = """SỞ NỘI VỤ TỈNH BẮC SƠN
Bắc Sơn, ngày 04 tháng 9 năm 2028
GIẤY MỜI
Họp Hội đồng thi đua - khen thưởng Sở
Giám đốc Sở trân trọng kính mời:
- Các thành viên Hội đồng thi đua - khen thưởng.
Thời gian: 14 giờ 00, thứ Tư, ngày 20/9/2028.
Địa điểm: Phòng họp tầng 2, trụ sở Sở.
Nội dung:
1. Xét đề nghị tặng Bằng khen cho tập thể, cá nhân năm 2028.
2. Thông qua danh sách đề nghị danh hiệu Chiến sĩ thi đua cấp tỉnh.
Để chuẩn bị cuộc họp, đề nghị:
- Phòng Công chức, viên chức tổng hợp hồ sơ đề nghị khen thưởng, gửi thành viên Hội đồng chậm nhất 04 ngày làm việc trước ngày họp.
- Các phòng chuyên môn rà soát thành tích của tập thể, cá nhân, gửi Văn phòng Sở trước ngày họp 07 ngày.
- Văn phòng Sở tổng hợp (thường trực Hội đồng) chuẩn bị tài liệu, bố trí phòng họp; hoàn thành trước ngày 18/9/2028.
- Thanh tra Sở (Tổ giúp việc) báo cáo kết quả kiểm tra hồ sơ tại cuộc họp.
Sau cuộc họp, Phòng Công chức, viên chức hoàn thiện tờ trình, trình Giám đốc ký trong vòng 05 ngày.
Đề nghị các thành viên dự họp đầy đủ./.
Nơi nhận: Như trên; Lưu: VT.
"""


def test_an_invitations_preparations_are_items_its_agenda_is_not():
    found = action_items.recognise(context_of(INVITATION))
    assert found is not None
    got = [(item.content[:30], item.lead) for item in found.items]
    assert got == [
        ("Phòng Công chức, viên chức tổn", "Phòng Công chức, viên chức"),
        ("Các phòng chuyên môn rà soát t", ""),  # every department: no lead, a time of its own
        ("Văn phòng Sở tổng hợp (thường ", "Văn phòng Sở tổng hợp"),
        ("Thanh tra Sở (Tổ giúp việc) bá", "Thanh tra Sở"),
        ("Sau cuộc họp, Phòng Công chức,", "Phòng Công chức, viên chức"),  # after the list: its own
    ]
    # the closing paragraph's span is its own, not the time of the item above it
    assert found.items[2].due == "trước ngày 18/9/2028"


def test_the_closing_formula_after_the_list_is_no_item_of_its_own():
    text = """THÔNG BÁO
- Phòng Y tế kiểm tra các cơ sở kinh doanh thực phẩm, báo cáo trước ngày 10/6/2028.
- Phòng Văn hóa tuyên truyền trên loa truyền thanh hằng ngày.
Yêu cầu các đơn vị nghiêm túc thực hiện./.
"""
    found = action_items.recognise(context_of(text))
    assert [item.lead for item in found.items] == ["Phòng Y tế", "Phòng Văn hóa"]


def test_an_invitations_dues_count_from_the_day_its_time_field_prints():
    found = action_items.recognise(context_of(INVITATION))
    resolve_event_dues(found.items, document_of(INVITATION), 2028)
    days = [item.due.split(" ", 1)[0] for item in found.items]
    # Wednesday 20/9 less 04 working days is Thursday 14/9; 07 days before it 13/9; at it 20/9;
    # 05 days after it 25/9
    assert days == ["14/09/2028", "13/09/2028", "trước", "20/09/2028", "25/09/2028"]


def test_done_at_a_meeting_already_held_is_no_due():
    minutes = """BIÊN BẢN HỌP
Hòa Bình, ngày 20 tháng 9 năm 2028
Thời gian: 14 giờ 00, ngày 20/9/2028.
1. Phòng Y báo cáo kết quả thẩm định tại cuộc họp.
"""
    items = [RawItem(line=4, content="Phòng Y báo cáo kết quả thẩm định tại cuộc họp.")]
    resolve_event_dues(items, document_of(minutes), 2028)
    assert not items[0].due


def test_a_meeting_called_by_its_noun_is_dated_by_the_time_field():
    text = """UBND XÃ AN LẠC
An Lạc, ngày 02 tháng 12 năm 2028
GIẤY MỜI
Thời gian: 08 giờ 00, ngày 16/12/2028.
- Các thôn gửi danh sách khen thưởng chậm nhất 06 ngày trước hội nghị.
"""
    items = [RawItem(line=5, content="Các thôn gửi danh sách khen thưởng chậm nhất 06 ngày trước hội nghị.")]
    resolve_event_dues(items, document_of(text), 2028)
    assert items[0].due.startswith("10/12/2028")


def test_a_subject_glossed_in_parentheses_keeps_its_lower_case_field():
    found = assignment_in("Phòng Quản trị tổng hợp (thường trực Ban Tổ chức) lập danh sách đại biểu.")
    assert found is not None and found.lead == "Phòng Quản trị tổng hợp"
    found = assignment_in("Tổ Văn thư tổng hợp (giúp việc Hội đồng) lập danh sách đại biểu.")
    assert found is not None and found.lead == "Tổ Văn thư tổng hợp"
    # a parenthesis that is no role nor a body's name does not stretch the name
    found = assignment_in("Phòng Tài vụ tổng hợp số liệu (theo mẫu) gửi Sở.")
    assert found is not None and found.lead == "Phòng Tài vụ"
