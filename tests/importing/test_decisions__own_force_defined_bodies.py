"""A decision that sets up a team it names shorter, counts a duty from its own entry into force and
closes with the team head's periodic report: which rules read what (decision, prose_facts, units,
event_dues)."""

# ruff: noqa: E501 (the decision is printed as offices write it, a paragraph a line)

from engine.importing.build import import_document
from engine.importing.layouts import decision
from engine.importing.layouts.prose_facts import UNIT_START, assignment_in, due_in
from engine.importing.model import RawItem
from engine.importing.units import defined_names, name_defined_leads
from engine.text import fold
from tests.importing.helpers_blocks import context_of

DECISION = """
UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 45/QĐ-PGDĐT
An Phú, ngày 02 tháng 8 năm 2028
QUYẾT ĐỊNH
Về việc phân công chuẩn bị cơ sở vật chất năm học 2028 - 2029
TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN PHÚ
Căn cứ Kế hoạch số 112/KH-UBND ngày 10/7/2028 của UBND huyện;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ kiểm tra cơ sở vật chất trường học (sau đây gọi là Tổ kiểm tra) gồm: bà Lê Thị Thu, Phó Trưởng phòng - Tổ trưởng; các thành viên là chuyên viên Bộ phận Kế hoạch - Tài chính.
Điều 2. Phân công nhiệm vụ
1. Bộ phận Kế hoạch - Tài chính: rà soát nhu cầu sửa chữa phòng học, trình Trưởng phòng trong vòng 15 ngày kể từ ngày Quyết định này có hiệu lực.
2. Bộ phận Tổ chức - Cán bộ: thẩm định kế hoạch hằng năm của các trường trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.
3. Bộ phận Văn thư:
a) Số hóa hồ sơ cơ sở vật chất của các trường, cập nhật phần mềm quản lý theo tiến độ của Đề án;
b) Lưu trữ biên bản kiểm tra trước ngày 30/9/2028.
Điều 3. Tổ trưởng Tổ kiểm tra báo cáo Trưởng phòng kết quả kiểm tra vào tuần cuối của mỗi tháng.
Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bộ phận Văn thư và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 4;
- Lưu: VT.
"""


def test_a_duty_counted_from_the_decisions_entry_into_force_still_assigns():
    found = decision.recognise(context_of(DECISION))
    assert found is not None and found.layout == "decision"
    refs = [item.ref for item in found.items]
    assert refs == ["Điều 2, 1", "Điều 2, 2", "Điều 2, 3a", "Điều 2, 3b", "Điều 3"]


def test_the_decision_in_force_from_its_signing_dates_a_count_from_its_entry_into_force():
    result = import_document(DECISION.encode(), "qd.txt", units=[], year=2028)
    by_ref = {item.ref: item for item in result.items}
    assert by_ref["Điều 2, 1"].due_date.isoformat() == "2028-08-17"  # 02/8 + 15 days
    # a decision that enters into force on another day prints it; without one, no date
    later = DECISION.replace("kể từ ngày ký", "kể từ ngày 01/9/2028")
    result = import_document(later.encode(), "qd.txt", units=[], year=2028)
    assert {item.ref: item for item in result.items}["Điều 2, 1"].due_date.isoformat() == "2028-09-16"
    unsaid = DECISION.replace("Quyết định này có hiệu lực thi hành kể từ ngày ký. ", "")
    result = import_document(unsaid.encode(), "qd.txt", units=[], year=2028)
    assert {item.ref: item for item in result.items}["Điều 2, 1"].due_date is None


def test_a_team_head_reports_for_the_team_the_decision_defined():
    result = import_document(DECISION.encode(), "qd.txt", units=[], year=2028)
    last = result.items[-1]
    assert last.ref == "Điều 3"
    assert last.lead_text == "Tổ kiểm tra cơ sở vật chất trường học"
    assert last.recurrence not in (None, "ongoing")


def test_a_post_names_the_body_it_heads_even_in_lower_case():
    assert assignment_in("Đội trưởng Đội kiểm tra liên ngành tổng hợp kết quả hằng tháng.").lead == (
        "Đội kiểm tra liên ngành"
    )
    assert assignment_in("Tổ chức kiểm tra liên ngành hằng tháng.") is None


def test_defined_names_and_the_leads_that_use_them():
    texts = [
        "Thành lập Ban Quản lý dự án nâng cấp đê biển xã (sau đây gọi tắt là Ban Quản lý) gồm các ông, bà:",
        "Giao Đoàn kiểm tra liên ngành (gọi là Đoàn) thực hiện.",
        "Thành lập Tổ công tác (sau đây gọi là Tổ công tác).",  # no shorter: none
        "Lập biên bản (sau đây gọi là biên bản) trong ngày.",  # no body's name: none
    ]
    assert defined_names(texts) == {
        "Ban Quản lý": "Ban Quản lý dự án nâng cấp đê biển xã",
        "Đoàn": "Đoàn kiểm tra liên ngành",
    }
    items = [
        RawItem(content="Ban Quản lý lập hồ sơ.", line=1, lead="Ban Quản lý"),
        RawItem(content="Ban Quản lý dự án khác lập hồ sơ.", line=2, lead="Ban Quản lý dự án khác"),
    ]
    name_defined_leads(items, texts)
    assert [item.lead for item in items] == [
        "Ban Quản lý dự án nâng cấp đê biển xã",
        "Ban Quản lý dự án khác",
    ]


def test_times_a_paper_a_schedule_or_a_round_edge_give():
    # a paper's round is not the task's when a count from an event follows
    assert due_in("Thẩm định dự toán hằng năm của các xã trong 10 ngày kể từ ngày nhận hồ sơ.") == (
        "trong 10 ngày kể từ ngày nhận hồ sơ"
    )
    assert due_in("Xây dựng kế hoạch hằng năm, trình UBND huyện.") == "hằng năm"
    # the schedule of a project or works
    assert due_in("Giám sát thi công theo tiến độ thi công công trình.") == "theo tiến độ thi công công trình"
    # a week at the edge of every round
    assert due_in("Tổng hợp số liệu vào tuần đầu của mỗi quý.") == "vào tuần đầu của mỗi quý"


def test_the_number_words_are_no_department():
    assert not UNIT_START.match(fold("Số hóa tài liệu lưu trữ"))
    assert not UNIT_START.match(fold("Số liệu thống kê"))
    assert UNIT_START.match(fold("Sở Tư pháp chủ trì"))


# h13fixXB: a short name defined after a comma inside a parenthesis, and lead-in clauses before it.


def test_a_short_name_defined_after_a_comma_inside_a_parenthesis():
    text = (
        "Sở Công Thương (qua Phòng Quản lý thương mại, sau đây viết tắt là Phòng QLTM) đề nghị các đơn "
        "vị thực hiện:"
    )
    assert defined_names([text]) == {"Phòng QLTM": "Phòng Quản lý thương mại"}


def test_a_note_after_a_comma_without_sau_day_or_after_a_note_defines_nothing():
    # (no `sau đây`: a group named after a list, not one body's shorter name)
    assert defined_names(["Các trường (Trường Tiểu học A, gọi chung là các trường) báo cáo."]) == {}
    # (the name before the comma is a note, not the body: `(đơn vị thường trực, …)`)
    assert defined_names(["Giao Chi cục Thú y (đơn vị thường trực, sau đây viết tắt là Chi cục TY) …"]) == {}


def test_a_lead_read_past_a_defined_short_form_in_capitals_takes_the_full_name():
    texts = ["Sở X (qua Phòng Đăng ký kinh doanh, sau đây viết tắt là Phòng ĐKKD) đề nghị:"]
    item = RawItem(content="Phòng ĐKKD ra thông báo và thu hồi giấy chứng nhận.", line=1)
    item.lead = "Phòng ĐKKD ra thông báo và"
    name_defined_leads([item], texts)
    assert item.lead == "Phòng Đăng ký kinh doanh"
    # (a short name ending in a word may open another body's name: left as read)
    texts = ["Ban Quản lý dự án tỉnh (sau đây gọi tắt là Ban Quản lý) chủ trì."]
    item = RawItem(content="Ban Quản lý dự án huyện báo cáo.", line=1)
    item.lead = "Ban Quản lý dự án huyện"
    name_defined_leads([item], texts)
    assert item.lead == "Ban Quản lý dự án huyện"


def test_a_defined_short_name_in_a_list_of_lead_units_takes_the_full_name():
    """h13fixZR (held-out h834): `- Đơn vị thực hiện: Khoa KSBT, Phòng Kế hoạch - Nghiệp vụ.`"""
    texts = ["Khoa Kiểm soát bệnh tật và HIV/AIDS (sau đây gọi là Khoa KSBT) chủ trì các hoạt động."]

    def lead_of(lead: str) -> str:
        item = RawItem(content="Kiểm tra công tác chuẩn bị.", line=1)
        item.lead = lead
        name_defined_leads([item], texts)
        return item.lead

    assert lead_of("Khoa KSBT, Phòng Kế hoạch - Nghiệp vụ") == (
        "Khoa Kiểm soát bệnh tật và HIV/AIDS, Phòng Kế hoạch - Nghiệp vụ"
    )
    assert lead_of("Phòng Kế hoạch - Nghiệp vụ; Khoa KSBT") == (
        "Phòng Kế hoạch - Nghiệp vụ; Khoa Kiểm soát bệnh tật và HIV/AIDS"
    )
    # the limits: a part that only opens with the short name, a list without it
    assert lead_of("Khoa KSBT Sở Y tế, Phòng Kế hoạch") == "Khoa KSBT Sở Y tế, Phòng Kế hoạch"
    assert lead_of("Khoa Dược, Phòng Kế hoạch") == "Khoa Dược, Phòng Kế hoạch"


def test_a_lead_in_clause_before_the_unit_is_read_past():
    from engine.importing.layouts.prose_facts import past_lead_in

    found = assignment_in("Trên cơ sở danh sách tại điểm 1, Phòng Kinh tế rà soát các hộ kinh doanh.")
    assert found is not None and found.lead == "Phòng Kinh tế"
    assert (
        past_lead_in("Căn cứ kết quả khảo sát, Đội Tổng hợp lập phương án.") == "Đội Tổng hợp lập phương án."
    )
    # limits: a legal basis naming a numbered document, a clause of time, no unit after the comma
    basis = "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2028, Sở Nội vụ đề nghị các đơn vị:"
    assert past_lead_in(basis) == basis
    assert past_lead_in("Sau khi có kết quả, Phòng Y tổng hợp.") == "Sau khi có kết quả, Phòng Y tổng hợp."
    assert (
        past_lead_in("Căn cứ tình hình, đề nghị các xã chủ động.")
        == "Căn cứ tình hình, đề nghị các xã chủ động."
    )


XB_POINTS = """SỞ CÔNG THƯƠNG TỈNH KIM SƠN
Số: 12/SCT-QLTM
Kính gửi: Các phòng, đơn vị thuộc Sở.
Sở Công Thương (qua Phòng Quản lý thương mại, sau đây viết tắt là Phòng QLTM) đề nghị các đơn vị thực hiện các nội dung sau:
1. Phòng QLTM khảo sát nguồn cung hàng hóa thiết yếu, hoàn thành trước ngày 15/11/2028.
2. Trên cơ sở kết quả khảo sát tại điểm 1, Phòng QLTM ra văn bản đề nghị các doanh nghiệp đăng ký trước ngày 10/12/2028.
3. Thanh tra Sở phối hợp Phòng QLTM kiểm tra việc niêm yết giá trong Quý IV/2028.
4. Văn phòng Sở cập nhật tình hình thị trường lên Cổng thông tin điện tử hằng tuần.
"""


def test_points_naming_the_defined_short_name_after_a_lead_in_are_led_by_the_full_name():
    result = import_document(XB_POINTS.encode(), "cv.txt", units=[], year=2028)
    leads = {item.content[:12]: item.lead_text for item in result.items}
    assert leads["Phòng QLTM k"] == "Phòng Quản lý thương mại"
    assert leads["Trên cơ sở k"] == "Phòng Quản lý thương mại"
    assert leads["Thanh tra Sở"] == "Thanh tra Sở"


# h13fixWH (held-out h883): a short name defined with a number written onto its abbreviation.


def test_a_short_name_ending_in_a_number_on_its_abbreviation_is_defined():
    texts = ["1. Tổ Kiểm tra liên ngành số 2 (sau đây gọi là Tổ KTLN2)"]
    assert defined_names(texts) == {"Tổ KTLN2": "Tổ Kiểm tra liên ngành số 2"}
    item = RawItem(content="Tổ KTLN2 kiểm tra các cơ sở.", line=2)
    item.lead = "Tổ KTLN2"
    name_defined_leads([item], texts)
    assert item.lead == "Tổ Kiểm tra liên ngành số 2"


def test_a_number_standing_apart_or_of_three_digits_defines_nothing():
    assert defined_names(["Tổ công tác số 2 của xã (gọi là Tổ 2) báo cáo."]) == {}
    assert defined_names(["Nghị định số 15 của Chính phủ (gọi tắt là Nghị định 15) quy định."]) == {}
    assert defined_names(["Phòng Kỹ thuật nghiệp vụ (sau đây gọi là Phòng KTNV123) chủ trì."]) == {}
