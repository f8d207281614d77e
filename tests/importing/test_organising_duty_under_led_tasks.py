"""A dated duty of a named unit, or a dated request to every unit of a kind, in the unnumbered
paragraph under a plan's `TỔ CHỨC THỰC HIỆN`, where the plan's tasks each name the unit doing them
(as the sentence's subject or a run-in label) though none is labelled or under a unit's heading
(engine/importing/layouts/prose_tasks.py, `_led_plan`)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_tasks import read_tasks
from tests.importing.helpers_blocks import context_of

SUBJECT_LED = """
KẾ HOẠCH
Phòng, chống đuối nước cho học sinh năm học 2029 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng an toàn dưới nước cho học sinh.
II. NHIỆM VỤ
1. Tuyên truyền
Tổ Chủ nhiệm phối hợp giáo viên chủ nhiệm tuyên truyền kỹ năng phòng tránh đuối nước, hoàn thành trước ngày 30/9/2029.
2. Dạy bơi
Tổ Thể dục tổ chức lớp dạy bơi cho học sinh khối 6 trong tháng 7/2029.
3. Cơ sở vật chất
a) Tổ Hành chính rà soát biển cảnh báo tại các ao, hồ gần trường trước ngày 15/8/2029.
b) Tổ Thể dục kiểm tra phao, áo phao tại bể bơi hằng tháng.
4. Ngoại khóa
Tổ Thể dục chủ trì, phối hợp Tổ Chủ nhiệm tổ chức buổi ngoại khóa kỹ năng cứu đuối vào tháng 11/2029.
III. TỔ CHỨC THỰC HIỆN
Tổ Hành chính lập báo cáo kết quả, gửi Hiệu trưởng trước ngày 25/5/2030.
"""

LABEL_LED = """
KẾ HOẠCH
Tổ chức Hội chợ nông sản huyện năm 2029
I. MỤC ĐÍCH
Quảng bá sản phẩm nông nghiệp của địa phương.
II. PHÂN CÔNG
+ Phòng Nông nghiệp: mời các hợp tác xã tham gia gian hàng, hoàn thành trước ngày 10/10/2029.
+ Phòng Văn hóa: chuẩn bị chương trình khai mạc trong tháng 10/2029.
+ Đội Trật tự: bảo đảm an ninh khu vực hội chợ trước ngày 20/10/2029.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đội báo cáo kết quả chuẩn bị về Chủ tịch UBND huyện trước ngày 15/10/2029.
"""

# A near shape: numbered paragraphs that say what to do and name no unit; one alone names its doer.
OUTLINE = """
KẾ HOẠCH
Chuyển đổi số năm 2029
I. NHIỆM VỤ
1. Số hóa hồ sơ lưu trữ từ năm 2015 đến nay.
2. Nâng cấp đường truyền mạng nội bộ.
3. Tập huấn kỹ năng số cho công chức.
4. Văn phòng cập nhật phần mềm quản lý văn bản trước ngày 30/6/2029.
II. TỔ CHỨC THỰC HIỆN
Văn phòng tổng hợp kết quả, báo cáo Giám đốc trước ngày 15/12/2029.
"""


def _closing(found):
    return [item for item in found.items if "TỔ CHỨC THỰC HIỆN" in (item.section or "")]


def test_a_named_units_dated_duty_under_the_organising_section_of_subject_led_tasks():
    found = prose_plan.recognise(context_of(SUBJECT_LED))
    closing = _closing(found)
    assert len(closing) == 1
    assert closing[0].content.startswith("Tổ Hành chính lập báo cáo")
    assert closing[0].lead == "Tổ Hành chính"
    assert closing[0].due == "trước ngày 25/5/2030"


def test_every_units_dated_request_under_the_organising_section_of_label_led_tasks():
    found = prose_plan.recognise(context_of(LABEL_LED))
    closing = _closing(found)
    assert len(closing) == 1
    assert closing[0].content.startswith("Các phòng, đội báo cáo")
    assert closing[0].due == "trước ngày 15/10/2029"


def test_an_outline_with_one_led_paragraph_takes_no_closing_duty():
    items, _, labelled = read_tasks(context_of(OUTLINE).document, inline=False)
    assert not labelled
    assert len(items) >= 4 and sum(1 for item in items if item.lead) <= 1  # the outline, read
    assert not [item for item in items if "TỔ CHỨC THỰC HIỆN" in (item.section or "")]
