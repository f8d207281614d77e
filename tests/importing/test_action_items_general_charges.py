"""The fallback's marked paragraphs leave out a general charge (yv3; siblings yy1, yy2): under `TỔ CHỨC
THỰC HIỆN` an undated point addressed to every unit of a kind or to the heads of every unit (`Giám đốc
các chi nhánh, xí nghiệp căn cứ Kế hoạch chủ động triển khai thực hiện.`, `Thủ trưởng các phòng, đơn
vị …`) is no item (action_items.read_items, by prose_tasks.general_charges). Its limits: a dated
charge, one asking a report, one sending its own product to a named unit (prose_facts.sends_to_unit)
and a named unit's undated duty stay items; so does such a point outside the organising section.
Beside it: `tập huấn` ends a unit's name as its verb (prose_facts._VERBS), not after `lớp`."""

from engine.importing.layouts import action_items
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.layouts.prose_tasks import general_charges
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import context_of

PLAN = """
CÔNG TY CỔ PHẦN CẤP NƯỚC TÂY SƠN
KẾ HOẠCH
Bảo đảm cấp nước mùa khô năm 2028
I. NHIỆM VỤ CỤ THỂ
1. Xí nghiệp Sản xuất nước số 2 kiểm tra, bảo dưỡng 04 tổ máy bơm, hoàn thành trước ngày 31/3/2028.
2. Đội Sửa chữa đường ống lập phương án ứng cứu sự cố vỡ ống truyền tải.
3. Các chi nhánh rà soát danh sách khách hàng ở vùng cao, vùng xa.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch - Kỹ thuật theo dõi, đôn đốc các chi nhánh thực hiện Kế hoạch.
2. Các chi nhánh, xí nghiệp báo cáo sản lượng nước về Phòng Kế hoạch - Kỹ thuật trước 9 giờ thứ Hai hằng tuần.
3. Trưởng các đội tổ chức phổ biến Kế hoạch cho công nhân, xong trước ngày 10/3/2028.
4. Giám đốc các chi nhánh, xí nghiệp căn cứ Kế hoạch chủ động triển khai thực hiện.
5. Thủ trưởng các phòng, đơn vị chủ động phối hợp thực hiện Kế hoạch.
"""


def _items() -> dict[str, RawItem]:
    return {item.content[:24]: item for item in action_items.read_items(context_of(PLAN).document)}


def test_an_undated_charge_to_every_units_head_under_the_organising_section_is_no_item():
    starts = list(_items())
    assert not any(start.startswith("Giám đốc các chi nhánh") for start in starts)
    assert not any(start.startswith("Thủ trưởng các phòng") for start in starts)


def test_a_dated_charge_a_report_and_a_named_units_duty_stay_items():
    items = _items()
    assert items["Trưởng các đội tổ chức p"].due  # dated: an item with no named unit
    assert items["Các chi nhánh, xí nghiệp"].due  # every branch's weekly report
    assert items["Phòng Kế hoạch - Kỹ thuậ"].lead == "Phòng Kế hoạch - Kỹ thuật"  # undated, one unit
    assert len(items) == 5  # with I.1 and I.2


def test_every_unit_of_a_kind_outside_the_organising_section_is_left_as_read():
    # (`I.3 Các chi nhánh rà soát …`, undated: the fallback does not read it, as before; the rule
    # only takes points of the organising section)
    starts = list(_items())
    assert any(start.startswith("Xí nghiệp Sản xuất nước") for start in starts)
    assert not any(start.startswith("Các chi nhánh rà soát") for start in starts)


def _organising(text: str, due: str = "") -> RawItem:
    item = RawItem(content=text, line=1, section="III. TỔ CHỨC THỰC HIỆN")
    item.due = due
    return item


def test_sending_its_own_product_to_a_named_unit_is_no_general_charge():
    sending = _organising("Các xí nghiệp gửi phương án ứng cứu sự cố về Phòng Kỹ thuật để tổng hợp.")
    charge = _organising("Các xí nghiệp căn cứ Kế hoạch chủ động triển khai thực hiện.")
    dated = _organising("Các xí nghiệp triển khai, xong trước ngày 30/4/2028.", "trước ngày 30/4/2028")
    elsewhere = RawItem(content="Các xí nghiệp chủ động triển khai.", line=2, section="II. NHIỆM VỤ")
    found = general_charges([sending, charge, dated, elsewhere])
    assert found == {id(charge)}


def test_training_ends_a_units_name_as_its_verb_but_not_after_what_is_held():
    found = assignment_in("Phòng An toàn giao thông tập huấn cho lái xe về an toàn giao thông.")
    assert found is not None and found.lead == "Phòng An toàn giao thông"
    held = assignment_in("Phòng Nghiệp vụ mở 02 lớp tập huấn cho cán bộ cơ sở.")
    assert held is not None and held.lead == "Phòng Nghiệp vụ"
