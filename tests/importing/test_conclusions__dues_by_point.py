"""Conclusions whose points print no time and a closing list gives the dues by the points' numbers
(`Nhiệm vụ tại điểm 2.1, 2.3: …`, `Các nhiệm vụ còn lại: thường xuyên`), the chair's answer to a
body's proposal that then assigns (`Về đề xuất của …`: `… đồng ý …. Giao <unit> …`), a bare past
month opening an assessment, a unit's follow-up of `việc thực hiện`, a school's subject group; a
point's lead inside its sentence, after a topic label or after the chair's word on a proposal."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from types import SimpleNamespace

from engine.importing.layouts import conclusions
from engine.importing.layouts.conclusions import dues_by_point, tells_how_things_stand
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.layouts.prose_tasks import follows_up
from tests.importing.helpers_blocks import context_of


def _item(content, ref=None, section=None, due="", lead=""):
    return SimpleNamespace(content=content, ref=ref, section=section, due=due, lead=lead)


def test_a_closing_list_dates_the_points_it_names_and_the_rest():
    points = [
        _item(f"Đội {n} làm việc {n}.", ref=f"I.1.{n}", section="1. Việc tuần tới") for n in (1, 2, 3, 4)
    ]
    points[1].due = "cuối năm 2029"
    closing = [
        _item("- Việc tại mục 1.2 và 1.4: hoàn thành trước ngày 12/6/2029.", due="trước ngày 12/6/2029"),
        _item("- Việc tại mục 1.1: theo lịch của Ban Tổ chức giải."),
        _item("- Các việc còn lại: thực hiện hằng tuần.", due="hằng tuần"),
    ]
    items = dues_by_point(points + closing)
    assert items == points
    assert [item.due for item in points] == [
        "theo lịch của Ban Tổ chức giải",
        "trước ngày 12/6/2029",
        "hằng tuần",
        "trước ngày 12/6/2029",
    ]


def test_a_list_naming_a_point_not_above_is_left_as_read():
    points = [_item("Đội 1 làm việc.", ref="1", section="1. Việc")]
    line = _item("- Nội dung tại mục 7: trước ngày 01/7/2029.", due="trước ngày 01/7/2029")
    assert dues_by_point([*points, line]) == [*points, line]
    assert points[0].due == ""


def test_the_chairs_answer_to_a_proposal_assigns_in_its_later_sentence():
    text = "\n".join(
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban",
            "1. Nhiệm vụ",
            "1.1. Phòng Hành chính rà soát hợp đồng bảo vệ, trình Giám đốc trước ngày 10/4/2029.",
            "1.2. Phòng Kỹ thuật kiểm định thiết bị đo trước ngày 20/4/2029.",
            "2. Về kiến nghị của Phòng Dịch vụ",
            "Giám đốc thống nhất chủ trương mua bổ sung xe chuyên dùng. Giao Phòng Tài vụ lập phương án "
            "kinh phí, trình Giám đốc trước ngày 30/4/2029.",
        ]
    )
    found = conclusions.recognise(context_of(text))
    assert found is not None
    given = [item for item in found.items if item.content.startswith("Giao Phòng Tài vụ")]
    assert len(given) == 1 and given[0].lead == "Phòng Tài vụ" and given[0].due == "trước ngày 30/4/2029"


def test_a_bare_past_month_opening_what_was_done_is_an_assessment():
    assert tells_how_things_stand(
        _item("Tháng 5/2029, các đội đã hoàn thành diễn tập phòng cháy theo kế hoạch.")
    )
    assert tells_how_things_stand(_item("Quý I/2029, các khoa đã triển khai bệnh án điện tử."))
    assert not tells_how_things_stand(_item("Tháng 5/2029, các đội tổ chức diễn tập phòng cháy."))


def test_a_units_follow_up_of_the_carrying_out_itself():
    assert follows_up("Phòng Tổng hợp theo dõi, đôn đốc việc thực hiện, báo cáo Giám đốc hằng tháng.")
    assert not follows_up("Phòng Tổng hợp theo dõi, đôn đốc việc thực hiện dự án kè sông, báo cáo Giám đốc.")


def test_a_schools_subject_group_joined_by_a_dash_is_one_name():
    assert (
        assignment_in("Tổ Toán - Tin chủ trì tổ chức hội thi giải toán trên máy tính.").lead
        == "Tổ Toán - Tin"
    )
    assert assignment_in("Tổ Thể dục - Quốc phòng chủ trì hội khỏe Phù Đổng cấp trường.").lead == (
        "Tổ Thể dục - Quốc phòng"
    )


# A notice whose points print their lead inside the sentence: after a topic label, or in the clause
# after the chair's word on a proposal (prose_tasks._unit_after_topic, _unit_after_approval).
INSIDE = """
HỘI CỰU CHIẾN BINH TỈNH
THÔNG BÁO
Kết luận của đồng chí Chủ tịch Hội tại cuộc họp Thường trực tháng 02 năm 2029
Ngày 03/02/2029, Thường trực Hội họp; đồng chí Chủ tịch kết luận như sau:
a) Về hội thao truyền thống: Ban Tổ chức xây dựng điều lệ, trình Thường trực trước ngày 20/02/2029.
b) Đồng ý chủ trương tặng 30 sổ tiết kiệm cho hội viên nghèo; Văn phòng lập danh sách, trình trong tháng 03/2029 và trao sổ trong quý III/2029.
c) Giao Ban Kiểm tra kiểm tra việc thu chi quỹ hội tại 05 huyện, báo cáo trước ngày 30/4/2029.
d) Nhất trí lùi thời gian sơ kết sang tháng 7/2029; các đơn vị chủ động sắp xếp.
"""


def test_a_point_is_led_by_the_unit_after_its_topic_or_after_the_chairs_word():
    items = conclusions.recognise(context_of(INSIDE)).items
    by_start = {item.content[:12]: item for item in items}
    assert by_start["Về hội thao "].lead == "Ban Tổ chức"
    approved = by_start["Đồng ý chủ t"]
    assert approved.lead == "Văn phòng"
    assert approved.due == "trong quý III/2029"  # two times: the last


def test_the_chairs_word_alone_or_to_every_unit_names_no_lead():
    from engine.importing.layouts.prose_tasks import _unit_after_approval

    # the clause after it gives the work to every unit, or to no named body
    assert _unit_after_approval("Nhất trí lùi thời gian sơ kết; các đơn vị chủ động sắp xếp.") is None
    assert _unit_after_approval("Thống nhất phương án; hoàn thành trong tháng 5/2029.") is None
    # a unit that opens a clause of a point that opens otherwise is no lead by this rule
    assert _unit_after_approval("Tổ chức hội thao; Văn phòng lập danh sách.") is None
    found = _unit_after_approval("Chấp thuận đề xuất; Ban Tuyên giáo xây dựng tài liệu trước ngày 05/5/2029.")
    assert found is not None and found.lead == "Ban Tuyên giáo"


def test_a_connective_paragraph_with_its_own_day_is_a_task_of_the_points_doer():
    text = "\n".join(
        [
            "THÔNG BÁO",
            "Kết luận của Viện trưởng tại cuộc họp giao ban tháng 3/2029",
            "II. NHIỆM VỤ THỜI GIAN TỚI",
            "1. Phòng Kế hoạch rà soát danh mục đề tài, trình Viện trưởng trước ngày 10/4/2029.",
            "2. Phòng Thư viện thường xuyên cập nhật cơ sở dữ liệu tài liệu số của Viện.",
            "Ngoài ra, số hóa toàn bộ tài liệu quý hiếm, bàn giao cho Phòng Lưu trữ trước ngày 30/6/2029.",
            "3. Phòng Tổ chức thường xuyên theo dõi việc chấp hành nội quy.",
            "Đồng thời, việc chấm công cần chính xác như trong tháng 12/2028.",
            "4. Phòng Quản trị kiểm tra hệ thống điện trong tháng 4/2029.",
        ]
    )
    found = conclusions.recognise(context_of(text))
    assert found is not None
    got = [(item.content.split(",")[0], item.lead, item.due) for item in found.items]
    # the connective's own dated task, led by point 2's unit; the point keeps its own time
    assert ("Ngoài ra", "Phòng Thư viện", "trước ngày 30/6/2029") in got
    point = next(g for g in got if g[0].startswith("Phòng Thư viện"))
    assert point[2] != "trước ngày 30/6/2029"
    # no verb after the connective: more of the point, no task of its own
    assert not any(g[0] == "Đồng thời" for g in got)
