"""A prose plan whose tasks name their leads several ways side by side: a dash task whose subject is a
named unit (`- Phòng X thực hiện …`) beside tasks led by a labelled field, a closing parenthesis or a
unit's label line over `+` tasks; a trailing sentence `Giao <unit> thực hiện, trình … trước …` and
`<unit> phối hợp <unit> thực hiện …` (the first leads); the plan's focal unit (`… là đơn vị đầu mối,
theo dõi …`) under `TỔ CHỨC THỰC HIỆN`. Own text, not a corpus document's (prose_tasks, prose_facts)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

import pytest

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import closing_sentence
from engine.importing.layouts.prose_tasks import standing_body
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
