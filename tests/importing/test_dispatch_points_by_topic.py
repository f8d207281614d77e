"""A dispatch whose numbered points open with a topic label and then the unit addressed (`1. Về công
tác thu ngân sách: <unit> <verb> …`, `2. Đối với …: <unit> …`), one a bare topic label over lettered
tasks (`4. Về công tác cải cách hành chính:` over `a) <unit> …`): the unit after the topic leads, its
partners lead nothing (prose_tasks `_in_topic_led_list`, `_unit_after_topic`); a customs office named
by the post or zone it serves opens a sentence as a unit (prose_facts UNIT_START)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import UNIT_START
from engine.importing.layouts.prose_tasks import _unit_after_topic
from engine.text import fold
from tests.importing.helpers_blocks import context_of

DISPATCH = """
Kính gửi: Các phòng thuộc Cục; Chi cục Thú y vùng III.
Để hoàn thành nhiệm vụ năm 2029, Cục trưởng yêu cầu các đơn vị thực hiện các nội dung sau:
1. Về công tác kiểm dịch: Phòng Kiểm dịch động vật chủ trì, phối hợp Chi cục Thú y vùng III rà soát quy trình kiểm dịch tại cửa khẩu, báo cáo trước ngày 20/11/2029.
2. Đối với công tác thanh tra: Thanh tra Cục kiểm tra 05 cơ sở giết mổ tập trung trước ngày 15/12/2029.
3. Về công tác tổ chức cán bộ:
a) Văn phòng Cục hoàn thành đánh giá, xếp loại công chức năm 2029 trước ngày 25/12/2029.
b) Các phòng cập nhật hồ sơ công chức trên phần mềm định kỳ hằng quý.
4. Về chuyển đổi số: Trung tâm Dữ liệu thú y cập nhật cơ sở dữ liệu dịch bệnh; thực hiện thường xuyên.
Các đơn vị báo cáo kết quả thực hiện về Cục (qua Văn phòng Cục) trước ngày 28/12/2029.
"""


def _by_ref(text):
    found = prose_plan.recognise(context_of(text))
    return {item.ref: item for item in found.items} if found else {}


def test_the_unit_after_a_topic_label_leads_its_point():
    by_ref = _by_ref(DISPATCH)
    assert by_ref["1"].lead == "Phòng Kiểm dịch động vật"
    assert "Chi cục Thú y vùng III" in by_ref["1"].coordinating  # the partner leads nothing
    assert by_ref["2"].lead == "Thanh tra Cục"
    assert by_ref["4"].lead == "Trung tâm Dữ liệu thú y"
    assert by_ref["1"].content.startswith("Về công tác kiểm dịch:")  # the topic is kept as printed


def test_a_lettered_task_under_a_bare_topic_label_is_led_by_the_unit_it_opens_with():
    items = prose_plan.recognise(context_of(DISPATCH)).items
    by_start = {" ".join(item.content.split()[:2]): item for item in items}
    assert by_start["Văn phòng"].lead == "Văn phòng Cục"
    assert by_start["Các phòng"].lead == ""  # every department: no lead of its own


def test_one_topic_labelled_point_alone_makes_no_list_by_topic():
    single = DISPATCH.replace("2. Đối với công tác thanh tra: Thanh tra Cục kiểm tra", "2. Kiểm tra").replace(
        "4. Về chuyển đổi số: Trung tâm Dữ liệu thú y cập nhật", "4. Cập nhật"
    )
    by_ref = _by_ref(single)
    assert not any(item.lead == "Phòng Kiểm dịch động vật" and item.ref == "1" for item in by_ref.values())


def test_unit_after_topic_needs_a_named_unit_and_its_verb():
    assert (
        _unit_after_topic(
            "Về công tác quyết toán: Đội Tổng hợp chủ trì, phối hợp Đội Nghiệp vụ lập báo cáo."
        ).lead
        == "Đội Tổng hợp"
    )
    assert _unit_after_topic("Về công tác quyết toán: Tiếp tục rà soát các khoản chi.") is None
    assert _unit_after_topic("Về công tác quyết toán: Các đơn vị rà soát các khoản chi.") is None
    assert _unit_after_topic("Đội Tổng hợp chủ trì lập báo cáo.") is None  # no topic label


def test_a_customs_office_by_its_post_or_zone_opens_a_sentence_as_a_unit():
    assert UNIT_START.match(fold("Hải quan cửa khẩu cảng Vĩnh Hải rà soát nợ thuế"))
    assert UNIT_START.match(fold("Hải quan Khu công nghiệp Bắc Hà đôn đốc thu nợ"))
    assert not UNIT_START.match(fold("Hải quan điện tử được triển khai toàn quốc"))
