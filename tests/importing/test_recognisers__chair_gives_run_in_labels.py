"""Conclusions: the chair's `Giám đốc giao …` inside a section of opinions, run-in unit labels whose
names end in a field of work or run on after a dash, and every body of one kind as a label."""

# ruff: noqa: E501 — document text is data: long lines.
from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in, due_in, unit_heading

from .helpers_blocks import context_of

NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 3/2029
I. KẾT QUẢ THÁNG 3
Thu ngân sách đạt 31% dự toán; Công an xã bảo đảm an ninh trật tự.
II. NHIỆM VỤ THÁNG 4/2029
1. Ban Văn hóa - Xã hội tổng hợp:
a) Rà soát danh sách hộ nghèo phát sinh; báo cáo trước ngày 10/4/2029.
b) Tổ chức trao quà cho gia đình chính sách trong tháng 4/2029.
2. Trạm Y tế - Dân số: tiêm vắc xin sởi cho trẻ dưới 5 tuổi trước ngày 20/4/2029.
3. Các trường mầm non: kiểm tra bếp ăn bán trú hằng tuần.
III. Ý KIẾN TẠI CUỘC HỌP
Trưởng thôn Đông đề nghị sửa cầu tràn; Hội Nông dân đề xuất mở lớp tập huấn. Chủ tịch UBND xã giao Ban Địa chính - Xây dựng khảo sát cầu tràn thôn Đông, đề xuất phương án, báo cáo tại cuộc họp giao ban tháng 4/2029.
"""


def test_the_chair_who_gives_is_no_lead_the_unit_after_giao_is():
    found = assignment_in("Phó Giám đốc Sở giao Thanh tra Sở kiểm tra hồ sơ, báo cáo trước ngày 05/5/2029.")
    assert found.lead == "Thanh tra Sở"
    # a unit that is the subject stays the lead
    assert assignment_in("Văn phòng Sở giao nhận hồ sơ đúng hạn.").lead.startswith("Văn phòng Sở")


def test_a_field_of_work_ends_a_labels_name_and_a_dash_joins_a_field():
    assert unit_heading("Phòng Kế hoạch tổng hợp:") == ("Phòng Kế hoạch tổng hợp", "")
    assert unit_heading("Sở Y tế chủ trì, phối hợp với Sở Tài chính:") is None  # a lead-in, not a label
    assert unit_heading("Số lượng đơn vị kiểm tra: tối thiểu 20% số xã") is None  # no name: no unit
    assert assignment_in("Khoa Dược - Vật tư y tế phối hợp với Phòng Kế toán mua thuốc").lead == (
        "Khoa Dược - Vật tư y tế"
    )
    assert unit_heading("Các trạm y tế xã: duy trì tiêm chủng") == ("Các trạm y tế xã", "duy trì tiêm chủng")
    assert unit_heading("Các phòng, đơn vị: thực hiện nghiêm") is None  # a list of kinds: every body


def test_the_meeting_that_hears_the_report_by_its_month():
    assert due_in("báo cáo tại cuộc họp giao ban tháng 4/2029.") == "tại cuộc họp giao ban tháng 4/2029"


def test_conclusions_read_labels_kinds_and_the_chairs_assignment_among_opinions():
    found = conclusions.recognise(context_of(NOTICE))
    got = [(item.content[:28], item.lead) for item in found.items]
    assert got == [
        ("Rà soát danh sách hộ nghèo p", "Ban Văn hóa - Xã hội tổng hợp"),
        ("Tổ chức trao quà cho gia đìn", "Ban Văn hóa - Xã hội tổng hợp"),
        ("Trạm Y tế - Dân số: tiêm vắc", "Trạm Y tế - Dân số"),
        ("Các trường mầm non: kiểm tra", "Các trường mầm non"),
        ("Chủ tịch UBND xã giao Ban Đị", "Ban Địa chính - Xây dựng"),
    ]
    imported = import_document(NOTICE.encode(), "tb.txt", units=[], year=2029)
    assert imported.items[-1].due_date == date(2029, 4, 30)
