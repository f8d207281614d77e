"""Conclusions whose section opens with a sentence to every unit (`Các đơn vị tiếp tục …, tập trung vào
các nhiệm vụ sau:`) over points that each name their own body: a division named by its number (`Phòng
4 trực tiếp kiểm tra …`, as procuracies and police number theirs), an outside agency the issuer asks
(`Đề nghị Cơ quan Thi hành án dân sự tỉnh phối hợp …`); and a term that ends in a period, which says
whom the work is about, not when it is done (prose_facts)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in, due_in
from tests.importing.helpers_blocks import context_of

NOTICE = """
CÔNG AN TỈNH BÌNH PHƯỚC
THÔNG BÁO
Kết luận của đồng chí Giám đốc tại hội nghị giao ban tháng 3 năm 2028
Ngày 05/3/2028, Công an tỉnh tổ chức hội nghị giao ban; đồng chí Giám đốc kết luận như sau:
I. NHIỆM VỤ TRỌNG TÂM THÁNG 3
Các đơn vị tiếp tục quán triệt, thực hiện nghiêm kế hoạch công tác năm 2028, trong đó tập trung vào các nhiệm vụ sau:
1. Phòng 4 trực tiếp kiểm tra công tác quản lý vũ khí tại 03 Công an huyện; ban hành kết luận kiểm tra trong tháng 4/2028.
2. Phòng Tham mưu rà soát hồ sơ cán bộ hết thời hạn giữ chức vụ trong năm 2028, trình Giám đốc trước ngày 15/4/2028.
3. Đề nghị Cơ quan Thi hành án dân sự tỉnh phối hợp rà soát các quyết định thi hành án tồn đọng, hoàn thành trong quý II/2028.
II. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Phòng Tham mưu trước ngày 25/5/2028./.
"""


def test_a_point_naming_its_own_body_leads_by_it_not_by_every_unit():
    items = conclusions.recognise(context_of(NOTICE)).items
    by_start = {item.content[:12]: item for item in items}
    assert by_start["Phòng 4 trực"].lead == "Phòng 4"
    assert by_start["Phòng Tham m"].due == "trước ngày 15/4/2028"
    outside = next(item for item in items if "Thi hành án" in item.content)
    assert outside.lead == "Cơ quan Thi hành án dân sự tỉnh"
    assert not outside.coordinating  # `phối hợp rà soát`: an act done together, no partner named


def test_a_term_ending_in_a_period_is_not_the_tasks_time():
    assert (
        due_in(
            "Phòng Tham mưu rà soát hồ sơ cán bộ hết thời hạn giữ chức vụ trong năm 2028, trình Giám đốc trước ngày 15/4/2028."
        )
        == "trước ngày 15/4/2028"
    )
    # alone it is still the only time the sentence prints
    assert due_in("Rà soát hồ sơ cán bộ hết thời hạn giữ chức vụ trong năm 2028.") == "trong năm 2028"


def test_a_division_by_number_and_an_agency_by_name_read_as_subjects():
    assert assignment_in("Phòng 11 trực tiếp kiểm sát công tác thi hành án dân sự.").lead == "Phòng 11"
    found = assignment_in(
        "Đề nghị Cơ quan Cảnh sát điều tra Công an tỉnh phối hợp với Viện kiểm sát rà soát các vụ án."
    )
    assert found.lead == "Cơ quan Cảnh sát điều tra Công an tỉnh"
    assert found.coordinating == "Viện kiểm sát"
    assert assignment_in("Đề nghị cơ quan chuyên môn rà soát các vụ án.") is None


DEPUTIES = """
SỞ TƯ PHÁP TỈNH HÒA AN
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 6 năm 2029
Ngày 03/6/2029, Giám đốc Sở chủ trì họp giao ban và kết luận như sau:
1. Phòng Hành chính tư pháp rà soát hồ sơ hộ tịch tồn đọng, hoàn thành trước ngày 20/6/2029.
2. Phòng Bổ trợ tư pháp kiểm tra hoạt động công chứng tại 04 văn phòng công chứng trong tháng 6/2029.
3. Các Phó Giám đốc Sở theo lĩnh vực được phân công chỉ đạo các phòng hoàn thành nhiệm vụ, bảo đảm chất lượng.
4. Các đồng chí Phó Giám đốc Sở chỉ đạo các phòng gửi báo cáo sơ kết 6 tháng trước ngày 25/6/2029.
"""


def test_an_undated_charge_to_every_deputy_is_no_item_a_dated_one_is():
    items = conclusions.recognise(context_of(DEPUTIES)).items
    starts = [item.content[:24] for item in items]
    assert "Các Phó Giám đốc Sở theo" not in starts  # a general charge: no time, no product of its own
    # limit: with a time of its own the point stays an item
    assert "Các đồng chí Phó Giám đố" in starts
    assert [item.lead for item in items if item.content.startswith("Phòng")] == [
        "Phòng Hành chính tư pháp",
        "Phòng Bổ trợ tư pháp",
    ]


def test_a_trade_association_asked_by_a_label_leads_its_points():
    from engine.importing.layouts.prose_facts import unit_heading

    assert unit_heading("Đề nghị Hiệp hội Du lịch tỉnh") == ("Hiệp hội Du lịch tỉnh", "")
    found = assignment_in("Đề nghị Hiệp hội Vận tải ô tô tỉnh chỉ đạo các doanh nghiệp không tăng giá cước.")
    assert found is not None and found.lead == "Hiệp hội Vận tải ô tô tỉnh"
    # the associations named in lower case inside a sentence lead nothing by themselves
    assert unit_heading("Vận động các hiệp hội ngành hàng tham gia") is None


def test_a_month_with_its_leading_zero_compares_as_that_month():
    # `tháng 01/2029` is January (its `1/20` is no day of a 20th month): the later time is the due
    assert due_in("trình trong tháng 01/2029 và tổ chức trong quý II/2029.") == "trong quý II/2029"
    assert due_in("trình trong tháng 01/2029 và tổ chức trong tháng 5/2029.") == "trong tháng 5/2029"
    assert due_in("trình trong tháng 09/2029 và báo cáo trước ngày 15/3/2029.") == "trong tháng 09/2029"
