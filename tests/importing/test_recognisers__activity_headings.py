"""A plan's activities numbered on their own (`Hoạt động 1. <title>` / `Hoạt động 2: …`) over
labelled lines (`- Nội dung: …`, `- Thời gian: …`, `- Bộ phận chủ trì: …`): each activity one task,
titled by its line, its lead and time in its fields; under a goal (`Mục tiêu 1.`) the activities
stay a level below it, and an activity named in a sentence is no heading."""

from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import mark_of
from tests.importing.helpers_blocks import context_of

ACTIVITIES = """
KẾ HOẠCH
Tổ chức hoạt động ngoại khóa cho học sinh năm 2029
I. MỤC ĐÍCH, YÊU CẦU
- Rèn kỹ năng sống cho học sinh.
II. NỘI DUNG HOẠT ĐỘNG
Hoạt động 1. Hội trại truyền thống
- Nội dung: cắm trại, thi nghi thức, trò chơi dân gian.
- Thời gian: ngày 26/3/2029.
- Bộ phận chủ trì: Đoàn trường; phối hợp: Tổ Thể dục.
Hoạt động 2: Tọa đàm phòng chống bạo lực học đường
- Thời gian: tháng 4/2029.
- Đơn vị thực hiện: Tổ Tư vấn tâm lý.
III. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn phối hợp thực hiện.
Nơi nhận:
- Lưu: VT.
"""


def _rows(text: str) -> list[tuple[str, str, str]]:
    found = prose_plan.recognise(context_of(text))
    return [(item.content, item.lead, item.due) for item in found.items]


def test_an_activity_over_its_fields_is_one_task_titled_by_its_line():
    # the activity is the task; `- Nội dung: …` is its contents, not a task; the partner after
    # `phối hợp:` does not lead
    assert _rows(ACTIVITIES) == [
        ("Hội trại truyền thống", "Đoàn trường", "ngày 26/3/2029"),
        ("Tọa đàm phòng chống bạo lực học đường", "Tổ Tư vấn tâm lý", "tháng 4/2029"),
    ]


def test_an_activity_over_numbered_tasks_stays_their_group():
    text = ACTIVITIES.replace(
        "- Nội dung: cắm trại, thi nghi thức, trò chơi dân gian.\n- Thời gian: ngày 26/3/2029.\n"
        "- Bộ phận chủ trì: Đoàn trường; phối hợp: Tổ Thể dục.",
        "1. Xây dựng điều lệ hội trại\n- Đơn vị chủ trì: Đoàn trường\n- Thời gian: tháng 2/2029\n"
        "2. Chuẩn bị cơ sở vật chất\n- Đơn vị chủ trì: Tổ Văn phòng\n- Thời gian: tháng 3/2029",
    )
    rows = _rows(text)
    assert rows[:2] == [
        ("Xây dựng điều lệ hội trại", "Đoàn trường", "tháng 2/2029"),
        ("Chuẩn bị cơ sở vật chất", "Tổ Văn phòng", "tháng 3/2029"),
    ]
    assert not any(content.startswith("Hội trại truyền thống") for content, _lead, _due in rows)


GOALS = """
KẾ HOẠCH
Phòng chống suy dinh dưỡng trẻ em năm 2029
I. MỤC TIÊU VÀ HOẠT ĐỘNG
Mục tiêu 1. Giảm tỷ lệ trẻ suy dinh dưỡng thấp còi
Hoạt động 1: Cân, đo trẻ dưới 5 tuổi
- Đơn vị thực hiện: Trạm Y tế xã
- Thời gian: tháng 6/2029
Hoạt động 2: Tư vấn dinh dưỡng cho bà mẹ
- Đơn vị thực hiện: Hội Liên hiệp Phụ nữ xã
- Thời gian: hằng quý
Mục tiêu 2. Nâng cao kiến thức của người chăm sóc trẻ
Hoạt động 3: Tổ chức lớp thực hành dinh dưỡng
- Đơn vị thực hiện: Trạm Y tế xã
- Thời gian: tháng 9/2029
II. KINH PHÍ
Ngân sách xã.
Nơi nhận:
- Lưu: VT.
"""


def test_activities_under_a_goal_are_its_tasks_and_the_goal_is_none():
    # limit: a goal over its activities is their group, never a task beside them (the activities
    # would otherwise be read as its siblings and the goal, left without fields, as a task)
    assert _rows(GOALS) == [
        ("Cân, đo trẻ dưới 5 tuổi", "Trạm Y tế xã", "tháng 6/2029"),
        ("Tư vấn dinh dưỡng cho bà mẹ", "Hội Liên hiệp Phụ nữ xã", "hằng quý"),
        ("Tổ chức lớp thực hành dinh dưỡng", "Trạm Y tế xã", "tháng 9/2029"),
    ]


def test_an_activity_named_in_a_sentence_is_no_mark():
    # limit: `Hoạt động 3 của Chương trình …` opens a sentence (no `.`/`:` after its number), and a
    # plain `Hoạt động của …` has no number at all
    assert mark_of("Hoạt động 3 của Chương trình được lồng ghép vào kế hoạch năm.") is None
    assert mark_of("Hoạt động của Ban chỉ đạo được duy trì thường xuyên.") is None
    assert mark_of("Hoạt động 4. Hội thi nấu ăn")[:2] == ("sublabel", "4")
    text = ACTIVITIES.replace(
        "Các tổ chuyên môn phối hợp thực hiện.",
        "Hoạt động 3 của Chương trình được lồng ghép vào kế hoạch năm.",
    )
    assert not any(content.startswith("Hoạt động 3") for content, _lead, _due in _rows(text))


def test_a_place_among_an_activitys_fields_is_no_task_of_its_own():
    # `- Địa điểm: …` among an activity's (or a project's) fields, first or not: its setting
    text = ACTIVITIES.replace(
        "- Thời gian: ngày 26/3/2029.\n", "- Thời gian: ngày 26/3/2029.\n- Địa điểm: sân vận động xã.\n"
    ).replace(
        "- Thời gian: tháng 4/2029.\n", "- Địa điểm: hội trường nhà trường.\n- Thời gian: tháng 4/2029.\n"
    )
    assert [content for content, _lead, _due in _rows(text)] == [
        "Hội trại truyền thống",
        "Tọa đàm phòng chống bạo lực học đường",
    ]


def test_a_project_after_activities_is_their_sibling():
    # `Dự án 3: …` printed after `Hoạt động 2: …`: a task beside it, not an item under it
    text = ACTIVITIES.replace(
        "III. TỔ CHỨC THỰC HIỆN",
        "Dự án 3: Thư viện xanh\n- Đơn vị chủ trì: Tổ Văn phòng\n- Thời gian: tháng 5/2029\n"
        "III. TỔ CHỨC THỰC HIỆN",
    )
    assert _rows(text)[1:] == [
        ("Tọa đàm phòng chống bạo lực học đường", "Tổ Tư vấn tâm lý", "tháng 4/2029"),
        ("Thư viện xanh", "Tổ Văn phòng", "tháng 5/2029"),
    ]


DESCRIBED = """
KẾ HOẠCH
Bảo vệ rừng mùa khô năm 2029
I. MỤC ĐÍCH
Giảm số vụ cháy rừng trên địa bàn.
II. NỘI DUNG HOẠT ĐỘNG
1. Tuần tra rừng
Tổ chức tuần tra các khu rừng trọng điểm tại 06 tiểu khu giáp ranh.
- Đơn vị thực hiện: Tổ Kiểm lâm cơ động.
- Thời gian: thường xuyên.
2. Phát dọn đường băng
Phát dọn thực bì dọc 12 km đường băng cản lửa tại các xã vùng cao.
- Thời gian: trước ngày 15/01/2029.
- Đơn vị thực hiện: Ban Quản lý rừng phòng hộ.
3. Tuyên truyền
Treo băng rôn, khẩu hiệu tại chợ, trường học và nhà văn hóa các thôn.
- Đơn vị thực hiện: Tổ Tuyên truyền.
III. TỔ CHỨC THỰC HIỆN
Các tổ chủ động phối hợp thực hiện.
"""


def test_a_topic_line_over_one_description_keeps_both_topic_then_description():
    # the item is the description with its topic before it: readers name it by either (h613 by its
    # topic, h834 by its description), and both are its first words within the matcher's reach
    assert _rows(DESCRIBED)[:3] == [
        (
            "Tuần tra rừng: Tổ chức tuần tra các khu rừng trọng điểm tại 06 tiểu khu giáp ranh.",
            "Tổ Kiểm lâm cơ động",
            "thường xuyên",
        ),
        (
            "Phát dọn đường băng: Phát dọn thực bì dọc 12 km đường băng cản lửa tại các xã vùng cao.",
            "Ban Quản lý rừng phòng hộ",
            "trước ngày 15/01/2029",
        ),
        (
            "Tuyên truyền: Treo băng rôn, khẩu hiệu tại chợ, trường học và nhà văn hóa các thôn.",
            "Tổ Tuyên truyền",
            "",
        ),
    ]


def test_a_topic_over_two_paragraphs_keeps_the_plan_from_the_descriptions_rule():
    # limit: one activity over two paragraphs: the plan does not print its activities so, every
    # topic stays as read before (its title)
    two = DESCRIBED.replace(
        "Treo băng rôn, khẩu hiệu tại chợ, trường học và nhà văn hóa các thôn.",
        "Treo băng rôn, khẩu hiệu tại chợ, trường học.\nPhát tờ rơi đến từng hộ gia đình nhận khoán.",
    )
    contents = [content for content, *_ in _rows(two)]
    assert "Tổ chức tuần tra các khu rừng trọng điểm tại 06 tiểu khu giáp ranh." not in contents
