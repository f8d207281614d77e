"""Conclusions whose points give the verdict on a paper before they assign (`Ban Thường vụ cơ bản
thống nhất với dự thảo. Giao Văn phòng …`; an approved policy stays in the item), a leader in
parentheses after the unit assigned (`Giao UBND xã (đồng chí …, Chủ tịch UBND xã trực tiếp chỉ đạo)
…`), a later clause naming who prepares an unled point, an undated charge to every member of a
leading body, and a unit named `… tổng hợp` before its act."""

from types import SimpleNamespace

from engine.importing.layouts.conclusions import (
    _leaders_charge,
    from_assigning_sentence,
    lead_in_later_clause,
)
from engine.importing.layouts.prose_facts import assignment_in


def _item(content: str, lead: str = "", due: str = ""):
    return SimpleNamespace(content=content, lead=lead, due=due)


def test_a_point_that_agrees_first_starts_at_the_sentence_that_assigns():
    item = _item(
        "Về quy chế làm việc Hội đồng trường nhất trí với dự thảo. Giao Phòng Tổ chức hành chính hoàn "
        "thiện, trình ký trước ngày 10/3/2028.",
        lead="Phòng Tổ chức hành chính hoàn thiện",
    )
    from_assigning_sentence(item)
    assert item.content.startswith("Giao Phòng Tổ chức hành chính hoàn thiện")
    assert item.lead == "Phòng Tổ chức hành chính"
    item = _item("Đảng ủy nhất trí với nội dung tờ trình. Đề nghị Sở Y tế lập dự toán trước 30/6.")
    from_assigning_sentence(item)
    assert item.content.startswith("Đề nghị Sở Y tế lập dự toán")


def test_a_point_that_tells_something_else_or_assigns_first_is_left_whole():
    # no agreement before `Giao`: the first sentence is part of the task
    text = "Tình hình thu ngân sách còn chậm. Giao Phòng Tài chính - Kế hoạch đôn đốc các khoản thu."
    item = _item(text)
    from_assigning_sentence(item)
    assert item.content == text
    # the first sentence already assigns: one point with two tasks, kept as read
    text = "Thống nhất, giao Văn phòng lập kế hoạch. Giao Phòng Nội vụ thẩm định hồ sơ."
    item = _item(text, lead="Văn phòng")
    from_assigning_sentence(item)
    assert item.content == text and item.lead == "Văn phòng"
    # an approved policy is what the task carries out: the item keeps it as printed
    text = "Đồng ý chủ trương mua sắm xe cứu thương. Đề nghị Sở Y tế lập dự toán trước 30/6."
    item = _item(text)
    from_assigning_sentence(item)
    assert item.content == text
    # `Giao` with no unit after it is no assignment to start at
    text = "Thống nhất với báo cáo. Giao ban định kỳ vào thứ Hai hằng tuần."
    item = _item(text)
    from_assigning_sentence(item)
    assert item.content == text


def test_the_unit_leads_where_its_leader_is_named_in_parentheses_after_it():
    found = assignment_in(
        "Giao Ủy ban nhân dân phường (đồng chí Lê Văn An, Chủ tịch UBND phường trực tiếp chỉ đạo) "
        "tập trung giải phóng mặt bằng."
    )
    assert found.lead == "Ủy ban nhân dân phường"
    found = assignment_in("Giao Phòng Kinh tế (thường trực Tổ công tác) tổng hợp.")
    assert found.lead.startswith("Phòng Kinh tế")


def test_a_later_clause_names_who_prepares_an_unled_point():
    item = _item("Duy trì họp giao ban vào thứ Hai hằng tuần; Văn phòng Hội đồng chuẩn bị tài liệu.")
    lead_in_later_clause(item)
    assert item.lead == "Văn phòng Hội đồng"


def test_a_later_clause_to_every_unit_or_a_led_point_gives_no_lead():
    item = _item("Duy trì họp giao ban hằng tháng; các phòng chuẩn bị báo cáo.")
    lead_in_later_clause(item)
    assert item.lead == ""
    item = _item("Duy trì họp giao ban hằng tháng; bảo đảm đúng thành phần.")
    lead_in_later_clause(item)
    assert item.lead == ""
    # the point has its own subject: the clause's unit is a partner's part, not the lead
    item = _item("Phòng Y tế tổ chức kiểm tra; Trạm Y tế phường chuẩn bị danh sách.", lead="Phòng Y tế")
    lead_in_later_clause(item)
    assert item.lead == "Phòng Y tế"


def test_an_undated_charge_to_every_member_of_a_leading_body_is_no_task():
    text = "Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân công chỉ đạo, đôn đốc thực hiện."
    assert _leaders_charge(_item(text))
    assert _leaders_charge(_item("Các thành viên Ban Chỉ đạo theo dõi địa bàn được phân công."))
    # dated, it stays a task; a body's own members as a kind of unit are not its leaders
    assert not _leaders_charge(_item(text, due="trước ngày 30/6"))
    assert not _leaders_charge(_item("Các thành viên tổ công tác rà soát hồ sơ."))


def test_tong_hop_before_a_plain_act_is_the_name_s_field():
    found = assignment_in("Giao Khoa Nội tổng hợp xây dựng quy trình chăm sóc người bệnh.")
    assert found.lead == "Khoa Nội tổng hợp"
    # before a thing compiled it is the act: the unit ends before it
    assert assignment_in("Văn phòng tổng hợp báo cáo gửi Thường trực.").lead == "Văn phòng"
