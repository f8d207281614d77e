"""Dashed (and `+`) points of a plan that mix run-in team labels (`- Tổ X: <task>`) with a sentence
opening with the team that does it and its partner (`- Tổ X phối hợp Tổ Y tổ chức …`: the first
leads); and `thu` with what is collected as the verb that ends a unit's name (`Phòng Tài chính - Kế
toán thu đúng, thu đủ phí …`) (prose_tasks._OPENING_UNIT_RULES, prose_facts._VERBS)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import assignment_in
from tests.importing.helpers_blocks import context_of

PLAN = """
KẾ HOẠCH
Bảo đảm an toàn giao thông dịp Tết năm 2029
I. MỤC ĐÍCH
Kiềm chế tai nạn giao thông trên địa bàn xã.
II. NHIỆM VỤ
- Đội Cảnh sát giao thông (Đội CSGT): tuần tra, kiểm soát trên tuyến quốc lộ, hoàn thành trước ngày 15/02/2029.
- Đội CSGT phối hợp Tổ Tuyên truyền (Tổ TT) tổ chức ký cam kết không uống rượu bia khi lái xe; hoàn thành trước ngày 31/01/2029.
- Tổ TT: phát thanh hướng dẫn Luật Giao thông đường bộ; thực hiện thường xuyên.
- Bộ phận Tổng hợp: tổng hợp kết quả, báo cáo Trưởng Công an xã trước ngày 20/02/2029.
"""


def _leads(text):
    found = prose_plan.recognise(context_of(text))
    return [item.lead for item in found.items] if found else []


def test_a_dash_opening_with_its_team_among_run_in_labels_is_led_by_that_team():
    leads = _leads(PLAN)
    assert "Đội CSGT" in leads  # its partner, Tổ TT, leads nothing there
    assert leads[0].startswith("Đội Cảnh sát giao thông")


def test_plus_points_read_the_same():
    assert "Đội CSGT" in _leads(PLAN.replace("\n- ", "\n+ "))


def test_without_two_run_in_labels_beside_it_a_dash_is_not_led_by_this_rule():
    plain = PLAN.replace("Tổ TT: phát", "Tổ TT phát").replace(
        "Bộ phận Tổng hợp: tổng", "Bộ phận Tổng hợp tổng"
    )
    # one run-in label left: no list of labels for the dash to stand beside
    assert "Đội CSGT" not in _leads(plain)


def test_collecting_what_is_due_ends_a_units_name():
    found = assignment_in("Phòng Tài chính - Kế toán thu đúng, thu đủ phí, lệ phí, nộp ngân sách đúng hạn.")
    assert found is not None and found.lead == "Phòng Tài chính - Kế toán"
    found = assignment_in("Bộ phận Kế toán thu tiền tài trợ của các doanh nghiệp trước ngày 25/8/2028.")
    assert found is not None and found.lead == "Bộ phận Kế toán"


def test_a_body_named_by_collecting_keeps_its_name():
    # `Trạm thu phí`, `Phòng Quản lý thu nợ`: the name's words, not the verb
    found = assignment_in("Trạm thu phí Bắc Sơn bố trí đủ nhân lực trong dịp Tết.")
    assert found is None or found.lead.startswith("Trạm thu phí")
    found = assignment_in("Phòng Quản lý thu nợ rà soát các khoản nợ đọng.")
    assert found is not None and found.lead == "Phòng Quản lý thu nợ"
    # `thu` with no collected thing after it (`thư`, `thú`) ends nothing
    found = assignment_in("Chi cục Chăn nuôi và thú y kiểm tra các cơ sở giết mổ.")
    assert found is not None and found.lead == "Chi cục Chăn nuôi và thú y"
