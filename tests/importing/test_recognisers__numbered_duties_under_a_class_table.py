"""A school's plan of the classes it opens: a table of classes whose faculty runs each (`Khoa chủ
nhiệm`, the lead column), then a Roman part of numbered duties that is not `TỔ CHỨC THỰC HIỆN`
(`II. CÁC NHIỆM VỤ BẢO ĐẢM`): a named unit's numbered duty there is an item where it prints a time of
its own (a day, a month, a round, `thường xuyên`); an undated charge, a report's results part and a
person's column (`Giáo viên chủ nhiệm`) are not. Own text, not a corpus document's."""

from engine.importing.build import import_document
from engine.importing.headers import role_scores

TABLE = """# KẾ HOẠCH
## Mở các khóa bồi dưỡng năm 2028

### I. CÁC KHÓA BỒI DƯỠNG

| STT | Khóa học | Số học viên | Thời gian | {lead} |
|-----|----------|-------------|-----------|--------|
| 1 | Bồi dưỡng nghiệp vụ văn thư cho cấp xã | 60 | Tháng 4/2028 | Khoa Hành chính |
| 2 | Bồi dưỡng kỹ năng soạn thảo văn bản | 80 | Quý III/2028 | Khoa Pháp luật |

"""

DUTIES = """### II. {part}

1. Phòng Quản trị - Thiết bị chuẩn bị giảng đường, thiết bị giảng dạy trước ngày 20/3/2028.
2. Phòng Kế toán chủ động cân đối kinh phí cho các khóa học.
3. Phòng Hành chính bảo đảm chỗ ở cho học viên; thực hiện thường xuyên.

### III. TỔ CHỨC THỰC HIỆN

1. Trưởng các khoa, phòng chủ động phân công giảng viên thực hiện nhiệm vụ được giao.
2. Các khoa, phòng báo cáo kết quả thực hiện về Ban Giám đốc trước ngày 10 hằng tháng.
"""


def _items(text: str):
    return import_document(text.encode(), "ke_hoach.md", units=[], year=2028).items


def test_a_faculty_that_runs_a_class_is_the_lead_column():
    items = _items(TABLE.format(lead="Khoa chủ nhiệm"))
    assert [(item.content[:22], item.lead_text) for item in items] == [
        ("Bồi dưỡng nghiệp vụ vă", "Khoa Hành chính"),
        ("Bồi dưỡng kỹ năng soạn", "Khoa Pháp luật"),
    ]


def test_a_homeroom_teacher_or_a_project_head_is_no_lead_column():
    assert role_scores("Bộ môn chủ nhiệm").get("lead", 0) >= 0.8
    for label in ("Giáo viên chủ nhiệm", "Chủ nhiệm đề tài", "Chủ nhiệm"):
        assert role_scores(label).get("lead", 0) < 0.5, label


def test_numbered_duties_with_their_own_time_under_the_table_are_items():
    items = _items(TABLE.format(lead="Khoa chủ nhiệm") + DUTIES.format(part="CÁC NHIỆM VỤ BẢO ĐẢM"))
    assert [(item.content[:20], item.lead_text, item.due_text) for item in items[2:]] == [
        ("1. Phòng Quản trị - ", "Phòng Quản trị - Thiết bị", "trước ngày 20/3/2028"),
        ("3. Phòng Hành chính ", "Phòng Hành chính", "thường xuyên"),
        ("2. Các khoa, phòng b", "", "hằng tháng"),
    ]  # the undated charge (II.2) and the charge to every head (III.1) are no items


def test_numbered_paragraphs_of_a_results_part_are_no_items():
    items = _items(TABLE.format(lead="Khoa chủ nhiệm") + DUTIES.format(part="KẾT QUẢ THỰC HIỆN NĂM 2027"))
    assert [item.content[:20] for item in items[2:]] == ["2. Các khoa, phòng b"]


def test_a_course_or_a_trade_is_the_content_column_but_a_bare_class_is_not_named_so():
    for label in ("Khóa học", "Tên lớp", "Lớp bồi dưỡng", "Nghề đào tạo"):
        assert role_scores(label).get("content", 0) >= 0.8, label
    assert role_scores("Lớp").get("content", 0) < 0.5  # a grade (`10A1`) in a school's roster
