"""Four gaps of h743, h744 and a notice of conclusions (h13fixYK): a dispatch's closing unnumbered
request to one named body after its run-in labels (`7. Văn phòng Sở: Cập nhật …`, then `Sở Y tế đề
nghị Sở Nội vụ quan tâm hướng dẫn …`: an item led by that body, due as printed; care only, a condition
or every body of a kind: none); a closing parenthesis whose doer defines its own short form (`(Khoa
Kiểm soát nhiễm khuẩn (Khoa KSNK) thực hiện)`: the full name leads); a round of months printed with a
leading zero (`định kỳ 06 tháng báo cáo …`: recurring); and short acts on kept records (`kiểm kê`,
`sao lưu`, `bàn giao`) that end a unit's name. Own text, not a corpus document's."""

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import assignment_in, closing_parenthesis, due_in
from engine.importing.recognisers import _named_request

_DISPATCH = """SỞ XÂY DỰNG TỈNH BẮC HÀ
Số: 88/SXD-TCCB
Bắc Hà, ngày 10 tháng 12 năm 2027

Kính gửi: Các phòng, đơn vị thuộc Sở.

Giám đốc Sở yêu cầu các đơn vị thực hiện một số nội dung sau:

1. Phòng Quản lý nhà: Rà soát quỹ nhà ở công vụ, báo cáo Giám đốc Sở trước ngày 20/01/2028.

2. Thanh tra Sở: Kiểm tra công tác cấp phép xây dựng tại các huyện, hoàn thành trong Quý I/2028.

3. Văn phòng Sở: Cập nhật hồ sơ viên chức lên phần mềm quản lý, định kỳ hằng tháng.

{closing}

Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện./.
"""


def _items(closing: str):
    text = _DISPATCH.format(closing=closing)
    return import_document(text.encode(), "cong_van.txt", units=[], year=2028).items


def test_a_closing_request_to_one_named_body_after_run_in_labels_is_its_item():
    items = _items(
        "Sở Xây dựng đề nghị Sở Tài chính quan tâm thẩm định dự toán sửa chữa nhà công vụ năm 2028."
    )
    asked = [item for item in items if item.content.startswith("Sở Xây dựng đề nghị")]
    assert len(asked) == 1
    assert asked[0].lead_text == "Sở Tài chính" and not asked[0].due_text
    unprefixed = _items("Đề nghị Sở Tài chính thẩm định dự toán sửa chữa nhà công vụ trước ngày 15/02/2028.")
    asked = [item for item in unprefixed if item.content.startswith("Đề nghị Sở Tài chính")]
    assert [(item.lead_text, item.due_text) for item in asked] == [("Sở Tài chính", "trước ngày 15/02/2028")]


def test_care_only_or_every_body_of_a_kind_after_run_in_labels_stays_no_item():
    for closing in (
        "Sở Xây dựng đề nghị Sở Tài chính quan tâm, tạo điều kiện.",
        "Đề nghị các đơn vị nghiêm túc thực hiện.",
    ):
        items = _items(closing)
        assert len(items) == 3, closing


def test_the_issuer_named_before_its_request_to_one_body():
    assert _named_request(
        "Sở Y tế đề nghị Sở Nội vụ quan tâm hướng dẫn việc chuyển xếp chức danh nghề nghiệp."
    )
    assert not _named_request("Sở Y tế đề nghị Sở Nội vụ quan tâm, tạo điều kiện.")
    # (a condition before `đề nghị`, or every body's heads, names no issuer)
    assert not _named_request("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Phòng X.")
    assert not _named_request("Thủ trưởng các đơn vị đề nghị Sở Nội vụ hướng dẫn việc chuyển xếp lương.")


def test_a_closing_doer_defining_its_own_short_form_leads_by_its_full_name():
    text = (
        "Tham mưu kiện toàn Hội đồng Kiểm soát nhiễm khuẩn năm 2027, hoàn thành trong tháng 01/2027 "
        "(Khoa Kiểm soát nhiễm khuẩn (Khoa KSNK) thực hiện)."
    )
    assert closing_parenthesis(text, dated=True).lead == "Khoa Kiểm soát nhiễm khuẩn"
    partnered = (
        "Rà soát đối tượng tiêm chủng, trong tháng 02/2028 "
        "(Khoa Y tế công cộng (Khoa YTCC) chủ trì, các trạm y tế phối hợp)."
    )
    assert closing_parenthesis(partnered, dated=True).lead == "Khoa Y tế công cộng"


def test_a_nested_parenthesis_that_is_no_short_form_of_the_name_is_no_doer():
    assert (
        closing_parenthesis("Tập huấn cho cán bộ, trong tháng 3/2027 (theo Kế hoạch số 12 (đợt 2)).") is None
    )
    assert (
        closing_parenthesis("Tập huấn cho cán bộ mới, trong tháng 3/2027 (Phòng Điều dưỡng (chủ trì))")
        is None
    )


def test_a_round_of_months_with_a_leading_zero():
    text = "Khoa X là đơn vị đầu mối, theo dõi việc thực hiện; định kỳ 06 tháng báo cáo Giám đốc Bệnh viện."
    assert due_in(text) == "định kỳ 06 tháng"
    assert due_in("Phòng Y định kỳ 03 tháng báo cáo Giám đốc.") == "định kỳ 03 tháng"
    # (not a count of months that is no report period, nor a number with more digits)
    assert due_in("Phòng Y định kỳ 05 tháng báo cáo Giám đốc.") == ""
    assert due_in("Phòng Y định kỳ 036 tháng báo cáo Giám đốc.") == ""


def test_short_acts_on_kept_records_end_a_units_name():
    assert (
        assignment_in("Tổ Kỹ thuật sao lưu cơ sở dữ liệu địa chính trước 31/12/2027.").lead == "Tổ Kỹ thuật"
    )
    assert assignment_in("Khoa Dược kiểm kê thuốc tồn kho trước ngày 28 tháng 12.").lead == "Khoa Dược"
    assert assignment_in("Tổ Đo đạc bàn giao hồ sơ trích đo trước ngày 22/12/2027.").lead == "Tổ Đo đạc"


def test_a_body_named_by_those_acts_keeps_them_in_its_name():
    # (in lower case after a council's or a team's word, or printed with a capital: the name's words)
    assert assignment_in("Hội đồng kiểm kê tài sản rà soát sổ sách trước ngày 28/12/2027.").lead == (
        "Hội đồng kiểm kê tài sản"
    )
    assert (
        assignment_in("Tổ Kiểm kê tài sản rà soát sổ sách trước ngày 28/12/2027.").lead
        == "Tổ Kiểm kê tài sản"
    )


def test_a_junction_or_a_hand_over_assigns_nothing():
    # (`nút giao ĐT.725 …` is a junction, `bàn giao` a hand-over: no `Giao <unit>` after them)
    text = (
        "Tập trung giải phóng mặt bằng tại nút giao ĐT.725 xã Tân Lâm, yêu cầu đến 30/6/2028 phải bàn giao "
        "toàn bộ mặt bằng cho đơn vị thi công."
    )
    assert assignment_in(text) is None
    assert assignment_in("Giao Phòng Kinh tế bàn giao mặt bằng trước ngày 30/6/2028.").lead == "Phòng Kinh tế"
