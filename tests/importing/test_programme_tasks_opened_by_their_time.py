"""A monthly programme whose numbered tasks each open with their time before a colon (`Ngày
04/01/2027:`, `Từ 05/01 đến 15/01:`, `Trong tháng:`, `Thường xuyên:`) and print the post in charge on a
`Phụ trách:` line below: a task opening with a day and no subject after it is due that day
(prose_tasks.opening_time; a deadline printed in the sentence wins), and a task numbered as the one
above it whose label is a time no field list knows (`8. Thường xuyên: Nắm tình hình …`) is a task of
its own, never a field of the task above (outline._setting_field); closing charges to every
grassroots union (`Các CĐCS …`, `Các công đoàn cơ sở …`: EVERY_UNIT) are every unit of a kind, an
undated charge no item, a dated report one. Held-out h731 (moved), sibling yd1. Own text, not a
corpus document's."""

from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import EVERY_UNIT
from engine.importing.layouts.prose_tasks import opening_time
from engine.text import fold
from tests.importing.helpers_blocks import context_of

PROGRAMME = """
CÔNG ĐOÀN NGÀNH Y TẾ HUYỆN MỸ LỘC
CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3/2029
I. KẾT QUẢ THÁNG 02/2029
- Thăm hỏi 09 đoàn viên ốm đau.
II. NHIỆM VỤ THÁNG 3/2029
1. Ngày 05/3/2029: Hội nghị Ban Chấp hành Công đoàn ngành (mở rộng) triển khai nhiệm vụ quý II.
   Phụ trách: Chủ tịch CĐN.
2. Ngày 14/3/2029: Tập huấn nghiệp vụ kế toán công đoàn tại Hội trường Trung tâm Y tế.
   Phụ trách: Phó Chủ tịch CĐN.
3. Ngày 18/3/2029: Giao lưu văn nghệ chào mừng Ngày Thầy thuốc, báo cáo kết quả trước ngày 25/3/2029.
   Phụ trách: Phó Chủ tịch CĐN.
4. Trong tháng: Hướng dẫn CĐCS tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ.
   Phụ trách: Phó Chủ tịch CĐN.
5. Thường xuyên: Nắm tình hình tư tưởng đoàn viên, người lao động; kịp thời báo cáo LĐLĐ huyện.
   Phụ trách: Chủ tịch CĐN.
III. TỔ CHỨC THỰC HIỆN
- Các CĐCS căn cứ Chương trình chủ động triển khai phù hợp với điều kiện của đơn vị.
- Các công đoàn cơ sở gửi báo cáo kết quả về Công đoàn ngành trước ngày 28/3/2029.
"""


def _items():
    return {item.ref: item for item in prose_plan.recognise(context_of(PROGRAMME)).items}


def test_a_task_opening_with_its_day_and_no_subject_is_due_that_day():
    items = _items()
    assert items["II.1"].due == "Ngày 05/3/2029"
    assert items["II.2"].due == "Ngày 14/3/2029"
    assert opening_time("Ngày 22/01/2027: Tập huấn nghiệp vụ cho Chủ tịch CĐCS.") == "Ngày 22/01/2027"


def test_a_deadline_printed_in_the_sentence_wins_over_the_day_it_opens_with():
    assert _items()["II.3"].due == "trước ngày 25/3/2029"


def test_a_time_without_a_number_or_a_round_or_no_time_at_all_is_no_opening_time():
    assert opening_time("Trong tháng: Hướng dẫn CĐCS tổ chức các hoạt động.") == ""
    assert opening_time("Thường xuyên: Nắm tình hình tư tưởng đoàn viên.") == ""
    assert opening_time("Hội nghị: Ban Chấp hành họp ngày 05/3/2029.") == ""
    assert opening_time("Tập huấn nghiệp vụ ngày 05/3/2029 tại Hội trường.") == ""


def test_a_task_numbered_as_the_one_above_is_never_its_field():
    items = _items()
    assert items["II.4"].lead == "Phó Chủ tịch CĐN"  # its own `Phụ trách:` line, not the next task's
    assert "Nắm tình hình tư tưởng đoàn viên" in items["II.5"].content
    assert items["II.5"].due.lower() == "thường xuyên"
    assert items["II.5"].lead == "Chủ tịch CĐN"


def test_a_short_label_under_a_task_marked_otherwise_is_still_its_field():
    plan = """
KẾ HOẠCH
Tổ chức Ngày hội văn hóa năm 2029
II. NỘI DUNG
1. Tổ chức Ngày hội văn hóa các dân tộc huyện
- Thời gian: ngày 02/10/2029.
- Số lượng: 12 đội văn nghệ.
- Đơn vị thực hiện: Trung tâm Văn hóa huyện.
2. Tổ chức Giải bóng chuyền hơi
- Thời gian: ngày 05/10/2029.
- Đơn vị thực hiện: Phòng Văn hóa và Thông tin.
"""
    items = prose_plan.recognise(context_of(plan)).items
    assert [item.content[:20] for item in items] == ["Tổ chức Ngày hội văn", "Tổ chức Giải bóng ch"]


def test_every_grassroots_union_is_every_unit_of_a_kind():
    imported = import_document(PROGRAMME.encode(), "ctr.txt", units=[], year=2029)
    closing = [item for item in imported.items if item.content.startswith("Các ")]
    assert [item.content[:28] for item in closing] == ["Các công đoàn cơ sở gửi báo "]
    assert closing[0].due_date == date(2029, 3, 28)
    for text in ("Các CĐCS căn cứ …", "Các công đoàn cơ sở trực thuộc …", "Các công đoàn bộ phận …"):
        assert EVERY_UNIT.match(fold(text)), text
    # a union named is one body, not every one of a kind
    assert not EVERY_UNIT.match(fold("Công đoàn ngành Giáo dục tổ chức …"))
    assert not EVERY_UNIT.match(fold("Các cộng đồng dân cư …"))
