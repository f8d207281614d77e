"""Conclusions whose point opens with the chair's acknowledgement or praise and assigns in a later
sentence (`Giám đốc ghi nhận …; tuy nhiên … . Giao Khoa X …`), an undated charge to every deputy after a
point given to one of them (the lead carried down is no lead of its own), a deputy named by the body's
kind and his field (`Phó Giám đốc Sở phụ trách lâm nghiệp (ông …)`, `… (TS. …)`), and a notice's closing
formula that names what it conveys (`… thông báo ý kiến kết luận của Giám đốc Sở để … biết, thực
hiện./.`). Siblings: te1, te2 (of the held-out h615 and h476)."""

from types import SimpleNamespace

from engine.importing.build import import_document
from engine.importing.layouts.conclusions import _leaders_charge, from_assigning_sentence
from engine.importing.layouts.outline import _NOTICE_CLOSING
from engine.importing.layouts.prose_facts import assignment_in
from engine.text import fold


def _item(content: str, lead: str = "", due: str = ""):
    return SimpleNamespace(content=content, lead=lead, due=due)


def test_the_chairs_acknowledgement_before_giao_is_no_part_of_the_task():
    item = _item(
        "Chủ tịch UBND xã ghi nhận việc thu gom rác tại các thôn; tuy nhiên việc phân loại tại nguồn còn "
        "chậm. Giao Công chức Địa chính - Nông nghiệp hướng dẫn các thôn phân loại rác, hoàn thành trước "
        "ngày 30/6/2029.",
        lead="Chủ tịch UBND xã",
        due="trước ngày 30/6/2029",
    )
    from_assigning_sentence(item)
    assert item.content.startswith("Giao Công chức Địa chính - Nông nghiệp hướng dẫn")
    assert item.lead == "Công chức Địa chính - Nông nghiệp"
    item = _item(
        "Ban Giám đốc đánh giá cao kết quả thu hồi nợ quý II. Tuy nhiên, nợ xấu tại chi nhánh Bắc còn "
        "cao. Yêu cầu Phòng Quản lý rủi ro lập phương án xử lý nợ, trình trước ngày 15/8/2029."
    )
    from_assigning_sentence(item)
    assert item.content.startswith("Yêu cầu Phòng Quản lý rủi ro lập phương án")
    assert item.lead == "Phòng Quản lý rủi ro"


def test_a_shortcoming_alone_or_a_dated_acknowledgement_is_left_whole():
    # a shortcoming told alone may be the task's cause: the paragraph stays as printed
    text = "Việc tiếp nhận hồ sơ trực tuyến còn chậm. Giao Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ."
    item = _item(text)
    from_assigning_sentence(item)
    assert item.content == text
    # the acknowledgement that assigns itself stays whole
    text = "Hội nghị ghi nhận và giao Phòng Văn hóa tổ chức lễ hội. Đề nghị Đoàn xã phối hợp."
    item = _item(text)
    from_assigning_sentence(item)
    assert item.content == text
    # the time read lies in the acknowledgement, not in the sentence that assigns: left as read
    text = (
        "Giám đốc ghi nhận kết quả đến ngày 30/11/2029 của Tổ công tác. "
        "Giao Phòng Kỹ thuật tiếp tục theo dõi."
    )
    item = _item(text, due="ngày 30/11/2029")
    from_assigning_sentence(item)
    assert item.content == text


def test_a_charge_to_every_deputy_is_none_even_with_the_lead_carried_down():
    # the point above was given to one deputy; his post is carried down to the next paragraph
    carried = _item(
        "Các Phó Trưởng ban theo lĩnh vực được phân công chỉ đạo các phòng triển khai kết luận này.",
        lead="Phó Trưởng ban phụ trách dự án",
    )
    assert _leaders_charge(carried)
    # a lead read inside the leaders' own words (`Sở` of `Các Phó Giám đốc Sở`) is theirs
    assert _leaders_charge(
        _item("Các Phó Giám đốc Sở theo lĩnh vực chỉ đạo các đơn vị thực hiện.", lead="Sở")
    )
    # a unit named after them leads its task; dated, the charge is an item
    named = _item(
        "Các Phó Giám đốc theo dõi, chỉ đạo Phòng Kế hoạch rà soát danh mục dự án.", lead="Phòng Kế hoạch"
    )
    assert not _leaders_charge(named)
    assert not _leaders_charge(
        _item("Các Phó Chủ tịch chỉ đạo tổng kết, xong trước 31/12.", due="trước 31/12")
    )


def test_a_deputy_by_the_bodys_kind_and_his_field_leads_as_the_post():
    assigned = assignment_in("Phó Giám đốc Trung tâm phụ trách đào tạo (bà Lương Thị Hạnh) tổ chức khóa học.")
    assert assigned.lead == "Phó Giám đốc Trung tâm phụ trách đào tạo"
    assigned = assignment_in(
        "Phó Hiệu trưởng phụ trách nghiên cứu khoa học (PGS.TS. Mai Văn Lực) chỉ đạo tổng hợp."
    )
    assert assigned.lead == "Phó Hiệu trưởng phụ trách nghiên cứu khoa học"
    # not a body's full name after the post: that body's head, the body leads
    assert assignment_in("Giám đốc Sở Xây dựng rà soát quy hoạch chung.").lead == "Sở Xây dựng"
    # nor the head himself with his charge (`Giám đốc Sở phụ trách chung`): only a deputy is taken,
    # the head's post over `Sở` still names the body as before
    assert assignment_in("Giám đốc Sở phụ trách chung chỉ đạo tổng kết.").lead == "Sở"


def test_a_closing_formula_naming_the_conclusions_it_conveys():
    for text in (
        "Văn phòng Sở thông báo ý kiến kết luận của Giám đốc Sở để các phòng, đơn vị biết, thực hiện./.",
        "Văn phòng UBND huyện thông báo kết luận của Chủ tịch UBND huyện để các cơ quan biết, thực hiện.",
        "Văn phòng thông báo ý kiến chỉ đạo của Tổng Giám đốc cho các đơn vị biết, thực hiện.",
        "Văn phòng thông báo để các đơn vị biết, thực hiện.",
    ):
        assert _NOTICE_CLOSING.search(fold(text)), text
    # another object between `thông báo` and `để`/`cho` may be a task: not the formula
    assert not _NOTICE_CLOSING.search(
        fold("Phòng Văn hóa thông báo lịch tiếp dân cho các thôn biết trước 5/3.")
    )


def test_the_formula_ends_a_notice_read_whole():
    text = "\n".join(
        (
            "THÔNG BÁO",
            "Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 5/2029",
            "1. Phòng Tư vấn hoàn thiện bộ tài liệu hướng dẫn, trước ngày 15/6/2029.",
            "2. Giao Phòng Hành chính sửa chữa hệ thống điều hòa, hoàn thành trong tháng 6/2029.",
            "3. Phòng Kế toán quyết toán kinh phí quý II trước ngày 10/7/2029.",
            "Các phòng báo cáo kết quả về Phòng Hành chính trước ngày 25/6/2029.",
            "Phòng Hành chính thông báo ý kiến kết luận của Giám đốc Trung tâm để các phòng biết, "
            "thực hiện./.",
        )
    )
    result = import_document(text.encode(), "tb.txt", units=[], year=2029)
    contents = [item.content for item in result.items]
    assert not any("thông báo ý kiến kết luận" in content for content in contents)
    assert any(content.startswith("Các phòng báo cáo") for content in contents)
    assert len(contents) == 4
