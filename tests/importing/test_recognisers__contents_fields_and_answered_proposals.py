"""A numbered task whose first dash field says what it holds (`- Nội dung: …` over `- Đơn vị chủ
trì: …`), a plan's numbered project over its fields (`Đề án 3. <title>` / `- Đơn vị chủ trì: …` /
`- Nội dung: …`: one task, titled by its line), and a notice of conclusions whose dash points answer proposals (`Đối với đề xuất …: … Giao
<unit> …`; a refused one gives no task), with the unit names and plan-set times they bring."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.prose_facts import assignment_in, due_in
from tests.importing.helpers_blocks import context_of

CONTENTS_FIELD = """
KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2029
I. MỤC ĐÍCH, YÊU CẦU
- Khai thác hiệu quả tiềm năng du lịch của địa phương.
II. NHIỆM VỤ
1. Xây dựng bộ nhận diện điểm đến du lịch cộng đồng
- Nội dung: Thiết kế biểu trưng, khẩu hiệu; in ấn ấn phẩm quảng bá trong vòng 10 ngày sau khi được duyệt.
- Đơn vị chủ trì: Trung tâm Xúc tiến du lịch
- Đơn vị phối hợp: Hội Du lịch tỉnh
- Thời gian hoàn thành: Quý II/2029
2. Khảo sát các bản làng có tiềm năng
- Đơn vị chủ trì: Phòng Quản lý lữ hành
- Đơn vị phối hợp: UBND các xã
- Thời gian hoàn thành: Tháng 3/2029
3. Đào tạo hướng dẫn viên tại chỗ
+ Nội dung cụ thể: Mở 04 lớp cho người dân các bản, mỗi lớp 30 học viên.
+ Đơn vị chủ trì: Trường Cao đẳng Văn hóa nghệ thuật
+ Thời gian thực hiện: Từ tháng 6 đến tháng 9/2029
III. KINH PHÍ
Ngân sách tỉnh bảo đảm.
Nơi nhận:
- Lưu: VT.
"""


def test_a_contents_field_under_a_numbered_task_is_no_task_of_its_own():
    found = prose_plan.recognise(context_of(CONTENTS_FIELD))
    rows = [(item.content.split(" ")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Xây", "Trung tâm Xúc tiến du lịch", "Quý II/2029"),
        ("Khảo", "Phòng Quản lý lữ hành", "Tháng 3/2029"),
        ("Đào", "Trường Cao đẳng Văn hóa nghệ thuật", "Từ tháng 6 đến tháng 9/2029"),
    ]


def test_a_contents_line_over_sub_items_is_not_a_field():
    # `- Nội dung: gồm các hoạt động sau:` over its own list is no field line (no field follows it)
    text = CONTENTS_FIELD.replace(
        "- Nội dung: Thiết kế biểu trưng, khẩu hiệu; in ấn ấn phẩm quảng bá trong vòng 10 ngày sau khi được duyệt.",
        "- Nội dung: Thiết kế biểu trưng, khẩu hiệu.\n+ In ấn ấn phẩm quảng bá.",
    )
    found = prose_plan.recognise(context_of(text))
    assert not any(item.content.startswith("Xây dựng bộ nhận diện") for item in found.items)


ANSWERS = """
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban quý I/2029
I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ
Các phòng, đơn vị hoàn thành cơ bản kế hoạch quý I.
II. KẾT LUẬN
1. Về công tác chuyên môn
- Phòng Quản lý lữ hành rà soát hồ sơ cấp phép lữ hành quốc tế, hoàn thành trước ngày 20/4/2029.
2. Về đề xuất của các đơn vị
- Đối với đề xuất tổ chức Tuần lễ ẩm thực của Trung tâm Xúc tiến du lịch: Giám đốc đồng ý về chủ trương. Giao Trung tâm Xúc tiến du lịch xây dựng kế hoạch chi tiết, trình Giám đốc trước ngày 05/5/2029.
- Đối với đề xuất tăng biên chế của Bảo tàng tỉnh: Giám đốc chưa chấp thuận, đề nghị đơn vị sắp xếp nhân lực hiện có.
Văn phòng Sở theo dõi, đôn đốc việc thực hiện các nội dung trên, báo cáo Giám đốc tại cuộc họp giao ban quý II/2029.
Nơi nhận:
- Lưu: VT.
"""


def test_an_answered_proposal_gives_its_assigning_sentence_and_a_refused_one_none():
    found = conclusions.recognise(context_of(ANSWERS))
    rows = [(item.content.split(",")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        (
            "Phòng Quản lý lữ hành rà soát hồ sơ cấp phép lữ hành quốc tế",
            "Phòng Quản lý lữ hành",
            "trước ngày 20/4/2029",
        ),
        (
            "Giao Trung tâm Xúc tiến du lịch xây dựng kế hoạch chi tiết",
            "Trung tâm Xúc tiến du lịch",
            "trước ngày 05/5/2029",
        ),
        ("Văn phòng Sở theo dõi", "Văn phòng Sở", "tại cuộc họp giao ban quý II/2029"),
    ]


def test_a_hospital_planning_department_is_named_in_full():
    found = assignment_in("Phòng Kế hoạch tổng hợp theo dõi việc thực hiện, báo cáo Giám đốc.")
    assert found.lead == "Phòng Kế hoạch tổng hợp"


def test_a_time_set_by_the_plan_of_a_body_above_is_for_review():
    assert due_in("Phòng Nội vụ hoàn thiện hồ sơ thi tuyển, báo cáo theo kế hoạch thi tuyển của Bộ.") == (
        "theo kế hoạch thi tuyển của Bộ"
    )
    assert (
        due_in("Ban Quản lý dự án bàn giao mặt bằng theo lộ trình của UBND tỉnh")
        == "theo lộ trình của UBND tỉnh"
    )


PROJECTS = """
KẾ HOẠCH
Chuyển đổi số tại Trung tâm Y tế huyện năm 2029
I. MỤC TIÊU
- 100% hồ sơ sức khỏe người dân được số hóa.
II. CÁC DỰ ÁN
Dự án 1: Số hóa hồ sơ sức khỏe người dân
- Đơn vị chủ trì: Khoa Y tế công cộng
- Đơn vị phối hợp: Các trạm y tế xã
- Nội dung: Nhập liệu hồ sơ, đối chiếu với cơ sở dữ liệu dân cư.
- Thời gian hoàn thành: Tháng 10/2029
Dự án 2: Thanh toán viện phí không dùng tiền mặt
- Đơn vị chủ trì: Phòng Tài chính - Kế toán
- Thời gian hoàn thành: Quý III/2029
- Nội dung: Lắp đặt máy thanh toán thẻ tại các quầy thu viện phí.
Đề án 3. Đặt lịch khám trực tuyến
- Đơn vị chủ trì: Phòng Kế hoạch - Nghiệp vụ
- Thời gian thực hiện: Hằng tháng
III. KINH PHÍ
Ngân sách huyện bảo đảm.
Nơi nhận:
- Lưu: VT.
"""


def test_a_numbered_project_over_its_fields_is_one_task_titled_by_its_line():
    # `Dự án 1: <title>` / `Đề án 3. <title>` over `- Đơn vị chủ trì: …` and a `- Nội dung: …` among
    # (or after) the fields: the project is the task, its contents no sub-task, its lead its own
    found = prose_plan.recognise(context_of(PROJECTS))
    rows = [(item.content.split(" ")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Số", "Khoa Y tế công cộng", "Tháng 10/2029"),
        ("Thanh", "Phòng Tài chính - Kế toán", "Quý III/2029"),
        ("Đặt", "Phòng Kế hoạch - Nghiệp vụ", "Hằng tháng"),
    ]


def test_a_project_over_numbered_tasks_stays_their_group():
    # a project whose tasks are printed under it, each with its own fields: they are the tasks
    text = PROJECTS.replace(
        "- Đơn vị chủ trì: Khoa Y tế công cộng\n- Đơn vị phối hợp: Các trạm y tế xã\n"
        "- Nội dung: Nhập liệu hồ sơ, đối chiếu với cơ sở dữ liệu dân cư.\n- Thời gian hoàn thành: Tháng 10/2029",
        "1. Nhập liệu hồ sơ sức khỏe\n- Đơn vị chủ trì: Khoa Y tế công cộng\n- Thời gian hoàn thành: Tháng 10/2029\n"
        "2. Đối chiếu với cơ sở dữ liệu dân cư\n- Đơn vị chủ trì: Các trạm y tế xã\n- Thời gian hoàn thành: Tháng 11/2029",
    )
    found = prose_plan.recognise(context_of(text))
    rows = [(item.content.split(" ")[0], item.lead) for item in found.items]
    assert rows[:2] == [("Nhập", "Khoa Y tế công cộng"), ("Đối", "Các trạm y tế xã")]
    assert not any(item.content.startswith("Số hóa hồ sơ") for item in found.items)


def test_a_project_named_in_a_sentence_is_no_mark():
    # `Đề án 06 của Chính phủ …` opens a sentence, not a numbered project (no `.`/`:` after its number)
    text = PROJECTS.replace("Ngân sách huyện bảo đảm.", "Đề án 06 của Chính phủ được lồng ghép thực hiện.")
    found = prose_plan.recognise(context_of(text))
    assert not any(item.content.startswith("Đề án 06") for item in found.items)


LETTERED_PROJECTS = """
KẾ HOẠCH
Cải tiến chất lượng dịch vụ thư viện năm 2029
I. MỤC TIÊU
- Tăng số lượt bạn đọc.
II. CÁC ĐỀ ÁN
Đề án 1. Số hóa tài liệu địa chí
a) Đơn vị chủ trì: Phòng Nghiệp vụ
b) Nội dung: Quét, biên mục 2.000 tài liệu quý hiếm
c) Thời gian hoàn thành: Tháng 9/2029
Đề án 2. Thư viện lưu động về các xã
a) Đơn vị chủ trì: Phòng Phục vụ bạn đọc
b) Nội dung: Đưa xe sách về trường học các xã vùng cao
c) Thời gian thực hiện: Hằng tháng
III. KINH PHÍ
Ngân sách tỉnh bảo đảm.
Nơi nhận:
- Lưu: VT.
"""


def test_a_projects_lettered_fields_in_a_text_are_its_own_not_a_record_task_under_it():
    # in a plain text the run of `a) Label: value` lines reads as a record; under a project's title
    # its `Nội dung` row is the project's contents, and the project the task
    found = prose_plan.recognise(context_of(LETTERED_PROJECTS))
    rows = [(item.content.split(" ")[0], item.lead, item.due) for item in found.items]
    assert rows == [("Số", "Phòng Nghiệp vụ", "Tháng 9/2029"), ("Thư", "Phòng Phục vụ bạn đọc", "Hằng tháng")]


def test_a_record_under_a_plain_title_is_still_a_task_of_its_own():
    # the limit: a run of fields under a line that is no numbered project keeps its own content
    text = LETTERED_PROJECTS.replace("Đề án 1. Số hóa tài liệu địa chí", "Số hóa tài liệu địa chí")
    text = text[: text.index("Đề án 2.")] + text[text.index("III. KINH PHÍ") :]
    found = prose_plan.recognise(context_of(text))
    rows = [(item.content, item.lead, item.due) for item in found.items]
    assert rows == [("Quét, biên mục 2.000 tài liệu quý hiếm", "Phòng Nghiệp vụ", "Tháng 9/2029")]
