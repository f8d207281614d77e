"""A prose plan whose tasks name their leads several ways side by side: a dash task whose subject is a
named unit (`- Phòng X thực hiện …`) beside tasks led by a labelled field, a closing parenthesis or a
unit's label line over `+` tasks; a trailing sentence `Giao <unit> thực hiện, trình … trước …` and
`<unit> phối hợp <unit> thực hiện …` (the first leads); the plan's focal unit (`… là đơn vị đầu mối,
theo dõi …`) under `TỔ CHỨC THỰC HIỆN`; a task named before a colon and its doer after it (`c) Tập
huấn …: Phòng X tổ chức …`); a state service's regional offices (`Chi cục Thuế khu vực II và Chi cục
Thuế khu vực V …` as one subject, `Các Thống kê khu vực báo cáo … hằng tháng` every one's report
round). Own text, not a corpus document's (prose_tasks, prose_facts)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

import pytest

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    assignment_in,
    closing_sentence,
    named_kind_subject,
    names_unit,
)
from engine.importing.layouts.prose_tasks import _task_then_doer, read_tasks, standing_body
from engine.text import fold
from tests.importing.helpers_blocks import context_of

PLAN = """
KẾ HOẠCH
Kiểm kê tài sản cuối năm 2029
I. MỤC ĐÍCH, YÊU CẦU
Kiểm kê đầy đủ, đúng thời hạn toàn bộ tài sản của Cục.
II. NỘI DUNG
1. Kiểm kê tài sản cố định
- Phòng Quản trị tài sản lập danh mục tài sản cố định cần kiểm kê trước ngày 10/12/2029.
- Đối chiếu sổ sách với thực tế tại các kho. Đơn vị thực hiện: Phòng Quản trị tài sản; thời hạn: trước ngày 20/12/2029.
2. Thanh lý tài sản
- Phòng Tài vụ:
+ Lập hồ sơ đề nghị thanh lý trước ngày 25/12/2029;
+ Tổ chức bán đấu giá tài sản thanh lý trong tháng 01/2030.
- Trung tâm Dữ liệu thực hiện xóa dữ liệu trên máy tính thanh lý trước ngày 22/12/2029.
3. Tổng hợp
- Văn phòng Cục bố trí kho lưu giữ hồ sơ kiểm kê trong tháng 12/2029.
- Tổng hợp kết quả kiểm kê, báo cáo Tổng cục trước ngày 05/01/2030 (Văn phòng Cục thực hiện).
III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản trị tài sản là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Trưởng các phòng chịu trách nhiệm trước Cục trưởng về kết quả kiểm kê./.
"""


def test_a_subject_led_task_beside_tasks_that_name_their_lead_is_led_by_its_subject():
    found = prose_plan.recognise(context_of(PLAN))
    got = [(" ".join(item.content.split()[:3]), item.lead) for item in found.items]
    assert got == [
        ("Phòng Quản trị", "Phòng Quản trị tài sản"),
        ("Đối chiếu sổ", "Phòng Quản trị tài sản"),
        ("Lập hồ sơ", "Phòng Tài vụ"),
        ("Tổ chức bán", "Phòng Tài vụ"),
        ("Trung tâm Dữ", "Trung tâm Dữ liệu"),
        ("Văn phòng Cục", "Văn phòng Cục"),
        ("Tổng hợp kết", "Văn phòng Cục"),
        ("Phòng Quản trị", "Phòng Quản trị tài sản"),
    ]  # the aims and the heads' charge are no items


UNLED = """
KẾ HOẠCH
Tuyên truyền năm 2029
I. NHIỆM VỤ
1. Tuyên truyền
- Phòng Văn hóa tổ chức hội thi tìm hiểu pháp luật trong tháng 5/2029.
- In tờ rơi phát đến các hộ dân trong quý II/2029.
2. Thi đua
- Tổng kết phong trào thi đua năm 2029 trước ngày 15/12/2029 (Phòng Nội vụ thực hiện).
- Đề xuất khen thưởng tập thể, cá nhân tiêu biểu. Phòng Nội vụ chủ trì; thời gian: tháng 12/2029.
"""


def test_a_subject_led_task_is_led_by_its_subject_where_its_section_prints_leads():
    # Its own heading's siblings name no lead, but two points of its Roman section do, in a closing
    # parenthesis and a closing sentence: the section-wide rule (`_beside_labelled_leads`) leads it.
    # The task without a subject stays without a lead.
    found = prose_plan.recognise(context_of(UNLED))
    assert [item.lead for item in found.items] == ["Phòng Văn hóa", "", "Phòng Nội vụ", "Phòng Nội vụ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sửa đổi Quy chế làm việc của Cục. Giao Văn phòng Cục thực hiện, trình Cục trưởng trước ngày 31/3/2029.",
            ("Văn phòng Cục", "", "trình Cục trưởng trước ngày 31/3/2029"),
        ),
        (
            "Khảo sát mức độ hài lòng của người dân. Phòng Kế hoạch phối hợp Văn phòng Cục thực hiện trong tháng 10/2029.",
            ("Phòng Kế hoạch", "Văn phòng Cục", "trong tháng 10/2029"),
        ),
        (
            "Cập nhật danh mục thủ tục. Giao cho Phòng Pháp chế thực hiện thường xuyên.",
            ("Phòng Pháp chế", "", "thường xuyên"),
        ),
        # a comma followed by no time: not the task's closing doer
        ("Rà soát quy trình nội bộ. Phòng Pháp chế thực hiện, phối hợp Văn phòng Cục.", None),
    ],
)
def test_a_trailing_sentence_that_gives_the_task_to_its_doer(text, expected):
    found = closing_sentence(text)
    assert (found and (found.lead, found.coordinating, found.time)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Kế toán là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.", True),
        ("Văn phòng Sở là cơ quan đầu mối tổng hợp kết quả thực hiện.", True),
        ("Phòng Tổ chức là bộ phận đầu mối theo dõi việc thực hiện.", True),
        # a bare `là đầu mối` is left as it was (the corpus's expected files disagree on it)
        ("Văn phòng Sở là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch.", False),
        ("Văn phòng Ban là cơ quan thường trực, tham mưu Trưởng ban theo dõi.", True),
        ("Phòng Kế toán chủ trì, phối hợp các phòng thực hiện.", False),
        ("Đầu mối liên hệ: Phòng Kế toán.", False),
    ],
)
def test_the_focal_unit_is_read_as_the_standing_body(text, expected):
    assert standing_body(text) is expected


DOER_AFTER_COLON = """
KẾ HOẠCH
Điều tra doanh nghiệp năm 2029
I. MỤC ĐÍCH
Thu thập thông tin về doanh nghiệp trên địa bàn tỉnh.
II. NỘI DUNG
1. Chuẩn bị
a) Lập danh sách doanh nghiệp điều tra; Phòng Nghiệp vụ chủ trì, hoàn thành trước ngày 15/02/2029.
b) Tập huấn cho điều tra viên: Phòng Thống kê Nông nghiệp tổ chức 01 lớp tại Hội trường, trong tháng 3/2029.
2. Thu thập
a) Chi cục Thống kê khu vực II và Chi cục Thống kê khu vực IV thu thập thông tin, xong trước ngày 30/5/2029.
b) Kiểm tra phiếu trên phần mềm: Phòng Tin học thực hiện thường xuyên.
c) Nghiệm thu phiếu, gửi Cục trước ngày 20/6/2029 (Văn phòng chủ trì, phối hợp với Phòng Nghiệp vụ).
III. TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Các Thống kê khu vực báo cáo tiến độ về Phòng Nghiệp vụ trước ngày 10 hằng tháng.
3. Các Thống kê khu vực chủ động phối hợp với các đơn vị trong quá trình thực hiện.
"""


def test_a_task_named_before_a_colon_is_led_by_the_body_after_it():
    # Among points that name their lead after the task (`; Phòng X chủ trì`, `(Văn phòng chủ trì …)`),
    # `<task>: <unit> <verb> …` is one task, the whole point, led by the body after the colon; two
    # regional offices as one subject lead together; every regional office's dated report round is an
    # item with no lead, their undated charge none.
    found = prose_plan.recognise(context_of(DOER_AFTER_COLON))
    got = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert got == [
        ("Lập danh sách", "Phòng Nghiệp vụ", "trước ngày 15/02/2029"),
        ("Tập huấn cho", "Phòng Thống kê Nông nghiệp", "trong tháng 3/2029"),
        (
            "Chi cục Thống",
            "Chi cục Thống kê khu vực II và Chi cục Thống kê khu vực IV",
            "trước ngày 30/5/2029",
        ),
        ("Kiểm tra phiếu", "Phòng Tin học", "thường xuyên"),
        ("Nghiệm thu phiếu,", "Văn phòng", "trước ngày 20/6/2029"),
        ("Phòng Nghiệp vụ", "Phòng Nghiệp vụ", ""),
        ("Các Thống kê", "", "hằng tháng"),
    ]


TOPIC_THEN_UNIT = """
KẾ HOẠCH
Cải cách hành chính năm 2029
I. MỤC ĐÍCH
Nâng cao hiệu quả cải cách hành chính của tỉnh.
II. NHIỆM VỤ
1. Đẩy mạnh rà soát, hoàn thiện thể chế: Sở Tư pháp rà soát các văn bản quy phạm pháp luật của tỉnh, trình trước ngày 30/6/2029.
2. Nâng cao chất lượng dịch vụ công: Văn phòng UBND tỉnh cập nhật cơ sở dữ liệu thủ tục hành chính hằng tháng.
3. Tăng cường kỷ luật, kỷ cương hành chính: Sở Nội vụ kiểm tra công vụ tại các sở, ngành trong quý III/2029.
"""


def test_a_topic_before_a_unit_task_keeps_only_the_task_where_no_point_names_its_lead_after_it():
    # The limit: with no point beside it naming its lead after the task, a topic before a colon is
    # a title (`_topic_and_task`), not the task.
    items, _legend, _labelled = read_tasks(context_of(TOPIC_THEN_UNIT).document, inline=False)
    assert [" ".join(item.content.split()[:2]) for item in items] == ["Sở Tư", "Văn phòng", "Sở Nội"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Tập huấn cho điều tra viên: Phòng Thống kê Nông nghiệp tổ chức 01 lớp, trong tháng 3/2029.",
            "Phòng Thống kê Nông nghiệp",
        ),
        ("Kiểm tra phiếu trên phần mềm: Phòng Tin học thực hiện thường xuyên.", "Phòng Tin học"),
        # a unit's run-in label, a topic that names no task, every unit of a kind after the colon, no
        # body after it: none is a task and its doer
        ("Phòng Tin học: kiểm tra phiếu trên phần mềm thường xuyên.", None),
        ("Công tác tuyên truyền: Phòng Văn hóa tổ chức hội thi trong tháng 5/2029.", None),
        ("Kiểm tra phiếu trên phần mềm: Các phòng thực hiện thường xuyên.", None),
        ("Kiểm tra phiếu trên phần mềm: thực hiện thường xuyên trong năm.", None),
    ],
)
def test_a_task_and_its_doer_after_a_colon(text, lead):
    found = _task_then_doer(text)
    assert (found and found.lead) == lead


def test_a_regional_office_is_named_by_its_field_and_region_number():
    assert names_unit("Thống kê khu vực II")
    assert names_unit("Hải quan khu vực 3")
    # the verb before an area, with no region number, names no body
    assert not names_unit("Thống kê khu vực bị ngập úng")
    found = assignment_in("Thống kê khu vực I và Thống kê khu vực II tổ chức thu thập thông tin tại địa bàn.")
    assert found.lead == "Thống kê khu vực I và Thống kê khu vực II"
    # one region's office, a lower-case word after `và`: the name ends at its region
    found = assignment_in("Kho bạc Nhà nước khu vực XIII và các đơn vị liên quan kiểm soát chi.")
    assert found.lead == "Kho bạc Nhà nước khu vực XIII"
    assert EVERY_UNIT.match(fold("Các Thống kê khu vực báo cáo tiến độ"))
    assert EVERY_UNIT.match(fold("Các Chi cục Thuế khu vực gửi báo cáo"))
    assert not EVERY_UNIT.match(fold("Các khu vực bị ảnh hưởng"))


def test_the_regional_offices_of_a_field_printed_by_their_proper_name_are_a_named_kind():
    # Every unit of a kind (EVERY_UNIT) and, printed with its capitals, a kind named by its proper
    # name, which leads its dated points (ry3: `Các Chi cục Thuế khu vực tổ chức …`, h13fixRY).
    assert (
        named_kind_subject("Các Chi cục Thuế khu vực tổ chức đối thoại với người nộp thuế")
        == "Các Chi cục Thuế khu vực"
    )
    # in lower case it is a common kind, as `Các trạm y tế xã` is
    assert named_kind_subject("Các chi cục thuế khu vực tiếp nhận hồ sơ") == ""
    assert named_kind_subject("Các khu vực bị ảnh hưởng khắc phục hậu quả") == ""


# A dash task of one named body, dated, over `+` tasks of other doers (h521, ry1–ry3): no heading of
# its parts but a task of its own beside them; every body of a kind named by its proper kind leads its
# dated points, not its undated charge.
OWN_SUB_TASKS = """
KẾ HOẠCH
Phòng, chống hạn hán vụ Hè Thu năm 2029
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đủ nước tưới cho diện tích lúa vụ Hè Thu.
II. NỘI DUNG THỰC HIỆN
1. Công tác chuẩn bị
- Phòng Thủy lợi phối hợp Công ty Khai thác công trình thủy lợi lập phương án điều tiết nước, trình trước ngày 15/4/2029.
+ Các Trạm Thủy nông liên xã tổ chức nạo vét kênh nội đồng, hoàn thành trước ngày 30/4/2029.
+ Trung tâm Dự báo khí tượng thủy văn tỉnh cung cấp bản tin dự báo nguồn nước trước ngày 10/4/2029.
- Tổ chức kiểm tra các trạm bơm điện, xong trong tháng 4/2029 (Phòng Thủy lợi chủ trì).
2. Công tác vận hành
- Các Trạm Thủy nông liên xã tổ chức vận hành trạm bơm theo lịch điều tiết (từ ngày 01/5/2029 đến ngày 31/7/2029).
- Các Trạm Thủy nông liên xã tích cực tuyên truyền người dân tiết kiệm nước.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Thủy lợi là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Các Trạm Thủy nông liên xã báo cáo mực nước các hồ chứa vào thứ Sáu hằng tuần về Chi cục.
3. Các Trạm Thủy nông liên xã chủ động phối hợp với Ủy ban nhân dân các xã trong quá trình thực hiện.
"""


def test_a_dated_dash_task_over_plus_tasks_of_other_doers_is_a_task_of_its_own_and_each_names_its_lead():
    found = prose_plan.recognise(context_of(OWN_SUB_TASKS))
    got = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert got == [
        ("Phòng Thủy lợi", "Phòng Thủy lợi", "trước ngày 15/4/2029"),
        ("Các Trạm Thủy", "Các Trạm Thủy nông liên xã", "trước ngày 30/4/2029"),
        ("Trung tâm Dự", "Trung tâm Dự báo khí tượng thủy văn tỉnh", "trước ngày 10/4/2029"),
        ("Tổ chức kiểm", "Phòng Thủy lợi", "xong trong tháng 4/2029"),
        ("Các Trạm Thủy", "Các Trạm Thủy nông liên xã", "đến ngày 31/7/2029"),
        ("Các Trạm Thủy", "", ""),
        ("Phòng Thủy lợi", "Phòng Thủy lợi", ""),
        ("Các Trạm Thủy", "Các Trạm Thủy nông liên xã", "hằng tuần"),
    ]  # the kind's undated charge under `TỔ CHỨC THỰC HIỆN` is no item; in II it leads nothing


def test_a_dash_task_over_plus_parts_with_no_doer_or_ending_in_a_colon_heads_them_and_is_no_task():
    parts = OWN_SUB_TASKS.replace("+ Các Trạm Thủy nông liên xã tổ chức nạo vét", "+ Nạo vét").replace(
        "+ Trung tâm Dự báo khí tượng thủy văn tỉnh cung cấp", "+ Cung cấp"
    )
    found = prose_plan.recognise(context_of(parts))
    assert not any(item.content.startswith("Phòng Thủy lợi phối hợp") for item in found.items)
    colon = OWN_SUB_TASKS.replace("trình trước ngày 15/4/2029.", "trình trước ngày 15/4/2029, gồm:")
    found = prose_plan.recognise(context_of(colon))
    assert not any(item.content.startswith("Phòng Thủy lợi phối hợp") for item in found.items)


DEFAULT_DOER = """
KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2029
I. MỤC ĐÍCH
Không để dịch lớn xảy ra.
II. HOẠT ĐỘNG
{note}
1. Giám sát
Giám sát ca bệnh sốt xuất huyết tại các xã.
- Thời gian: thường xuyên.
2. Diệt lăng quăng
Tổ chức chiến dịch diệt lăng quăng tại 12 xã.
- Đơn vị thực hiện: Trạm Y tế các xã.
- Thời gian: tháng 6/2029.
3. Tập huấn
Tập huấn điều tra ổ dịch cho nhân viên y tế thôn.
- Thời gian: ngày 15/5/2029.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch - Nghiệp vụ là đơn vị đầu mối, theo dõi việc thực hiện Kế hoạch.
2. Trạm Y tế các xã báo cáo kết quả về Trung tâm vào thứ Sáu hằng tuần.
"""


@pytest.mark.parametrize(
    "note",
    [
        "Khoa Kiểm soát dịch bệnh (sau đây gọi là Khoa KSDB) là khoa đầu mối chủ trì các hoạt động dưới đây, trừ khi ghi khác.",
        "Các hoạt động sau đây do Khoa Kiểm soát dịch bệnh chủ trì thực hiện, trừ trường hợp có ghi riêng.",
        "Các nhiệm vụ dưới đây do Khoa Kiểm soát dịch bệnh (gọi tắt là Khoa KSDB) chủ trì.",
    ],
)
def test_a_note_naming_the_body_that_leads_the_tasks_below_leads_those_without_one(note):
    """h13fixZR (held-out h834): the note leads the tasks after it in its section that name no lead;
    not one naming its own, nor those under a later section."""
    found = prose_plan.recognise(context_of(DEFAULT_DOER.format(note=note)))
    leads = {item.content.split()[0]: item.lead for item in found.items}
    assert leads["Giám"] == leads["Tập"] == "Khoa Kiểm soát dịch bệnh"
    assert leads["Diệt"] == "Trạm Y tế các xã"  # names its own (`Diệt lăng quăng: Tổ chức …`)
    assert leads["Trạm"] == "Trạm Y tế các xã"  # a later section's own subject


def test_a_note_whose_body_is_no_units_name_leads_nothing():
    note = "Các đơn vị chủ trì các hoạt động dưới đây, trừ khi ghi khác."
    found = prose_plan.recognise(context_of(DEFAULT_DOER.format(note=note)))
    assert all(item.lead != "Các đơn vị" for item in found.items)
    assert [item.lead for item in found.items if item.content.startswith("Tập huấn")] in ([""], [])


def test_the_default_body_leads_only_the_unled_tasks_after_its_note_in_that_section():
    from types import SimpleNamespace

    from engine.importing.layouts.prose_tasks import _led_by_default
    from engine.importing.model import RawItem

    note = "Phòng Nghiệp vụ Y (sau đây gọi là Phòng NVY) chủ trì các nhiệm vụ sau đây, trừ khi ghi khác."
    document = SimpleNamespace(lines=[SimpleNamespace(number=5, text=note)])
    items = [
        RawItem(content="Rà soát danh mục thuốc.", line=3, section="I"),  # before the note
        RawItem(content="Cập nhật phác đồ điều trị.", line=7, section="II"),
        RawItem(content="Mua sắm vật tư.", line=9, section="II", lead="Phòng Vật tư"),
        RawItem(content="Báo cáo kết quả.", line=12, section="III"),  # a later section
    ]
    _led_by_default(items, document)
    assert [item.lead for item in items] == ["", "Phòng Nghiệp vụ Y", "Phòng Vật tư", ""]


PARENTHESIS_BELOW = """
KẾ HOẠCH
Trình diễn giống ngô lai năm 2029
I. NỘI DUNG
1. Chọn điểm trình diễn
Chọn ruộng bằng phẳng, chủ động tưới; lập danh sách hộ tham gia.
(Phòng Kỹ thuật; trước 10/3/2029)
2. Cấp giống cho hộ tham gia
(Trạm Khuyến nông Đông Sơn; tháng 4/2029)
3. Tổ chức hội thảo đầu bờ
Mời đại diện các xã lân cận tham dự.
(Phòng Hành chính) chuẩn bị hội trường.
"""


def test_a_parenthesis_typed_alone_below_a_tasks_explanation_closes_the_task():
    items, _legend, _labelled = read_tasks(context_of(PARENTHESIS_BELOW).document, inline=False)
    got = [(item.lead, item.due) for item in items]
    assert got[:2] == [("Phòng Kỹ thuật", "trước 10/3/2029"), ("Trạm Khuyến nông Đông Sơn", "tháng 4/2029")]
    # the title closed so is the task, its explanation no task of its own
    assert items[0].content.startswith("Chọn điểm trình diễn")
    # a parenthesis that opens a sentence going on is not the task's closing one
    assert got[2] == ("", "")
