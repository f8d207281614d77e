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


# A request part printed as a roman title over unnumbered paragraphs, and a last part whose one
# paragraph holds every unit's dated report and then one named unit's own duty (prose_tasks
# `_request_as_roman_point`, `_closing_request_and_duties`; outline `_before_closing_formula`).
CLOSING_PARTS = """
SỞ GIAO THÔNG VẬN TẢI TỈNH NAM LÂM
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2028
Ngày 20/4/2028, Giám đốc Sở chủ trì cuộc họp giao ban; Giám đốc Sở kết luận như sau:
I. NHIỆM VỤ THÁNG 5
1. Phòng Quản lý vận tải kiểm tra các bến xe khách trên địa bàn trước ngày 20/5/2028.
2. Thanh tra Sở tổ chức kiểm tra tải trọng xe trên Quốc lộ 1A trong tháng 5/2028.
II. ĐỀ NGHỊ PHỐI HỢP
Đề nghị Công an tỉnh phối hợp với Thanh tra Sở xử lý xe quá tải tại các mỏ đá, hoàn thành trước ngày 30/6/2028.
Đề nghị các huyện, thị xã rà soát các điểm đỗ xe tự phát.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 25/5/2028. Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc tại cuộc họp giao ban tháng 5/2028. Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.
"""


def _closing_items():
    return conclusions.recognise(context_of(CLOSING_PARTS)).items


def test_a_request_under_a_roman_title_is_led_by_the_body_asked():
    items = _closing_items()
    asked = next(item for item in items if item.content.startswith("Đề nghị Công an tỉnh"))
    assert asked.lead == "Công an tỉnh"
    assert asked.due == "trước ngày 30/6/2028"
    assert asked.section == "II. ĐỀ NGHỊ PHỐI HỢP"


def test_a_request_under_a_roman_title_to_every_unit_with_no_time_is_no_item():
    assert not any(item.content.startswith("Đề nghị các huyện") for item in _closing_items())


def test_a_closing_paragraph_gives_every_units_report_and_the_named_units_duty():
    items = _closing_items()
    report = next(item for item in items if item.content.startswith("Các phòng, đơn vị báo cáo"))
    assert report.due == "trước ngày 25/5/2028"  # its own sentence's day, not the duty's after it
    assert not report.lead
    duty = next(item for item in items if item.content.startswith("Văn phòng Sở có trách nhiệm"))
    assert duty.lead == "Văn phòng Sở"
    assert "tháng 5/2028" in duty.due


def test_a_sentence_of_the_closing_paragraph_that_only_tells_is_no_item():
    assert not any("thông báo để" in item.content for item in _closing_items())


def test_a_named_units_sentence_with_no_time_nor_follow_up_after_a_report_is_no_item():
    text = CLOSING_PARTS.replace(
        "Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc tại cuộc họp giao ban tháng 5/2028.",
        "Văn phòng Sở là đầu mối tiếp nhận báo cáo.",
    )
    items = conclusions.recognise(context_of(text)).items
    assert not any(item.content.startswith("Văn phòng Sở") for item in items)


def test_the_sentences_before_a_notices_closing_formula_are_the_paragraphs_own():
    from engine.importing.layouts.outline import _before_closing_formula

    assert (
        _before_closing_formula(
            "Các đơn vị báo cáo kết quả trước ngày 05/8/2028. Văn phòng thông báo để các đơn vị biết, thực hiện./."
        )
        == "Các đơn vị báo cáo kết quả trước ngày 05/8/2028."
    )
    assert _before_closing_formula("Văn phòng thông báo để các đơn vị biết, thực hiện./.") == ""


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


def test_a_named_units_follow_up_as_the_last_sections_own_paragraph_is_an_item():
    # (sibling zl1) `II. TỔ CHỨC THỰC HIỆN` over the office's follow-up of the notice alone: led by it
    text = NOTICE.replace(
        "Các đơn vị báo cáo kết quả về Phòng Tham mưu trước ngày 25/5/2028./.",
        "Phòng Tham mưu theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Giám đốc trước ngày 30/6/2028./.",
    )
    items = conclusions.recognise(context_of(text)).items
    duty = next(item for item in items if item.content.startswith("Phòng Tham mưu theo dõi"))
    assert duty.lead == "Phòng Tham mưu"
    assert duty.due == "trước ngày 30/6/2028"


def test_every_units_or_an_undated_charge_as_the_last_sections_paragraph_is_not_a_follow_up():
    # every unit's charge with no time, and a named unit's duty that follows up nothing: no item
    for closing in (
        "Các đơn vị theo dõi, đôn đốc việc thực hiện Thông báo này./.",
        "Phòng Tham mưu là đầu mối tiếp nhận báo cáo./.",
    ):
        text = NOTICE.replace("Các đơn vị báo cáo kết quả về Phòng Tham mưu trước ngày 25/5/2028./.", closing)
        items = conclusions.recognise(context_of(text)).items
        assert not any(item.content.startswith(closing[:25]) for item in items), closing
