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
