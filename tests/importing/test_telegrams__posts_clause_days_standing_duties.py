"""An urgent telegram's requests (layouts/prose_tasks.py, prose_facts.py): a post heading the body
opens them (the body leads), a clause may close with the days it is done on beside another's
deadline (due the later), a duty done `liên tục` or several times a day is a standing one, and
counting and informing (`thống kê`, `thông tin`) end a unit's name where printed in lower case."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.deadlines.parsing import ONGOING, parse_due
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import assignment_in, due_in, unit_heading
from tests.importing.helpers_blocks import context_of


def test_counting_and_informing_end_a_units_name():
    assert assignment_in("Phòng Nông nghiệp thống kê diện tích lúa bị ngập.").lead == "Phòng Nông nghiệp"
    assert (
        assignment_in("Đài Truyền thanh xã thông tin kịp thời lịch cắt điện.").lead == "Đài Truyền thanh xã"
    )
    # capitalised, the words are a name's
    assert assignment_in("Chi cục Thống kê khu vực cung cấp số liệu.").lead == "Chi cục Thống kê khu vực"
    assert (
        assignment_in("Trung tâm Văn hóa - Thông tin xã treo băng rôn.").lead
        == "Trung tâm Văn hóa - Thông tin xã"
    )


def test_a_field_before_the_level_it_serves_is_no_dash_labels_task():
    # `Thống kê` is a verb and a field of a name: before `phường` it is the name's
    assert (
        unit_heading("Văn phòng - Thống kê phường là đầu mối, tổng hợp kết quả, báo cáo UBND quận.") is None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đài truyền thanh phát tin cảnh báo liên tục trong ngày.", "liên tục"),
        ("Phát bản tin hướng dẫn ít nhất 02 lần/ngày.", "ít nhất 02 lần/ngày"),
        # continuing training and a run of years are no standing duty
        ("Cử viên chức dự lớp đào tạo liên tục về cấp cứu.", ""),
        ("Tuyên dương tập thể đạt danh hiệu 05 năm liên tục.", ""),
    ],
)
def test_a_duty_done_without_a_break_or_several_times_a_day(text, expected):
    assert due_in(text) == expected
    if expected:
        assert parse_due(expected, year=2028).recurrence == ONGOING


def test_a_clause_closing_with_the_days_it_is_done_on_beside_anothers_deadline():
    text = (
        "Cho người lao động nghỉ làm việc ngoài trời ngày 14/7 và ngày 15/7/2028; kiểm tra "
        "hệ thống làm mát trước 10 giờ 00 ngày 13/7/2028."
    )
    assert due_in(text) == "ngày 15/7/2028"
    # a day that cites a paper is no act's day
    assert due_in("Báo cáo trước ngày 10/7/2028; thực hiện theo Kế hoạch số 05/KH-UBND ngày 20/7/2028.") == (
        "trước ngày 10/7/2028"
    )


TELEGRAM = """CÔNG ĐIỆN
Về việc ứng phó nắng nóng gay gắt
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH MINH điện:
- Trưởng các ấp; Chỉ huy trưởng Ban Chỉ huy Quân sự xã;
- Trạm trưởng Trạm Y tế xã; Trưởng Công an xã.
Để chủ động ứng phó, Chủ tịch UBND xã yêu cầu:
1. Trưởng các ấp:
a) Rà soát hộ thiếu nước sinh hoạt, báo cáo trước 17 giờ 00 ngày 10/6/2028.
b) Vận động các hộ dự trữ nước; xong trước ngày 12/6/2028.
2. Chỉ huy trưởng Ban Chỉ huy Quân sự xã bố trí dân quân chở nước cho các hộ khó khăn trong thời gian nắng nóng.
3. Trạm trưởng Trạm Y tế xã tổ chức khám cho người cao tuổi tại các ấp.
4. Văn phòng HĐND và UBND xã tổng hợp tình hình, báo cáo Chủ tịch UBND xã trước 16 giờ 00 hằng ngày.
Nơi nhận: Như trên; Lưu: VT.
"""


def test_a_post_heading_the_body_opens_a_telegrams_request():
    # (requests printing no date of their own: read as a duty by their subject and verb)
    found = prose_plan.recognise(context_of(TELEGRAM))
    assert found is not None
    leads = {item.content[:28]: item.lead for item in found.items}
    assert leads["Chỉ huy trưởng Ban Chỉ huy Q"] == "Ban Chỉ huy Quân sự xã"
    assert leads["Trạm trưởng Trạm Y tế xã tổ "] == "Trạm Y tế xã"
