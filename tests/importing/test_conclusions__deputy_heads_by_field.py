"""A notice of conclusions of the head of a body below a department (a police division, a tax
sub-department, a customs department, a board) that gives a point to one of its deputy heads by the
field in his charge (`Phó Trưởng phòng phụ trách công tác chữa cháy (đồng chí …) chỉ đạo …`): the post
leads as printed, without the holder's name; an undated charge to every such deputy (`Các Phó Trưởng
phòng theo lĩnh vực được phân công chỉ đạo các đội …`) is no item, a dated one is. Held-out h637
(moved); siblings ua1–ua3."""

from types import SimpleNamespace

from engine.importing.layouts.conclusions import _leaders_charge
from engine.importing.layouts.prose_facts import assignment_in


def _item(content: str, lead: str = "", due: str = ""):
    return SimpleNamespace(content=content, lead=lead, due=due)


def test_a_deputy_head_given_a_point_by_his_field_leads_it_without_his_name():
    for text, post in (
        (
            "Phó Trưởng phòng phụ trách công tác chữa cháy (đồng chí Thiếu tá Lê Văn B) chỉ đạo kiểm tra "
            "phương tiện chữa cháy trước ngày 20/01/2029.",
            "Phó Trưởng phòng phụ trách công tác chữa cháy",
        ),
        (
            "Phó Chi cục trưởng phụ trách quản lý nợ (bà Hà Thị C) chỉ đạo rà soát nợ thuế trước ngày "
            "15/3/2029.",
            "Phó Chi cục trưởng phụ trách quản lý nợ",
        ),
        (
            "Phó Viện trưởng phụ trách khoa học chủ trì rà soát đề tài cấp cơ sở trong tháng 4/2029.",
            "Phó Viện trưởng phụ trách khoa học",
        ),
        (
            "Phó Đội trưởng phụ trách địa bàn (đ/c Vũ Văn D) kiểm tra các cơ sở kinh doanh xăng dầu.",
            "Phó Đội trưởng phụ trách địa bàn",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_deputy_head_named_without_a_field_or_a_deputy_chair_is_not_taken_as_the_post():
    # no field in his charge: the rule reads the post only before `phụ trách`
    found = assignment_in("Phó Trưởng phòng Nguyễn Văn E kiểm tra công tác phòng cháy tại các chợ.")
    assert found is None or not (found.lead or "").startswith("Phó Trưởng phòng")
    # a deputy head whose post names its unit with a capital: the unit leads, as before
    found = assignment_in("Phó Chánh Văn phòng phụ trách hành chính chủ trì rà soát quy chế làm việc.")
    assert found is not None and found.lead == "Văn phòng"
    # a deputy chair of a people's committee directs the unit named after him, which leads
    found = assignment_in(
        "Phó Chủ tịch UBND huyện phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa."
    )
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")


def test_every_deputy_head_charged_without_a_time_is_no_task_with_one_it_is():
    assert _leaders_charge(
        _item(
            "Các Phó Trưởng phòng theo lĩnh vực được phân công chỉ đạo các đội triển khai thực hiện nghiêm "
            "Thông báo này."
        )
    )
    assert _leaders_charge(
        _item("Các Phó Chi cục trưởng theo lĩnh vực được phân công chỉ đạo các đội thực hiện.")
    )
    assert not _leaders_charge(
        _item(
            "Các Phó Trưởng ban theo lĩnh vực được phân công kiểm tra, báo cáo Trưởng ban trước ngày "
            "15/9/2029.",
            due="trước ngày 15/9/2029",
        )
    )
    # the heads themselves are not the issuer's leaders: this rule leaves them to the units' rules
    assert not _leaders_charge(_item("Các Trưởng phòng chỉ đạo cán bộ rà soát hồ sơ tồn đọng."))


def test_a_police_stations_deputy_head_by_his_field_leads_it_as_printed():
    # the station's kind after the post, then the field (h696, xd1): the issuer's own deputy
    for text, post in (
        (
            "Phó Trưởng Công an xã phụ trách an ninh (đồng chí Lương Văn A) chỉ đạo rà soát đối tượng "
            "trước ngày 31/12/2029.",
            "Phó Trưởng Công an xã phụ trách an ninh",
        ),
        (
            "Phó Trưởng Công an huyện phụ trách cảnh sát kiểm tra các cơ sở kinh doanh karaoke.",
            "Phó Trưởng Công an huyện phụ trách cảnh sát",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_police_deputy_without_a_field_or_with_the_stations_full_name_is_not_the_post():
    # no field: not the rule's
    found = assignment_in("Phó Trưởng Công an xã Nguyễn Văn B kiểm tra công tác tuần tra đêm.")
    assert found is None or not (found.lead or "").startswith("Phó Trưởng Công an xã Nguyễn")
    # the station named in full: `phụ trách` does not follow the kind, so the post is not taken
    found = assignment_in("Phó Trưởng Công an xã Tân Phú phụ trách an ninh chỉ đạo rà soát đối tượng.")
    assert found is None or not (found.lead or "").startswith("Phó Trưởng")
    # every deputy of a station, undated: a general charge
    assert _leaders_charge(_item("Các Phó Trưởng Công an xã theo lĩnh vực được phân công chỉ đạo thực hiện."))


def test_a_deputy_by_post_with_the_holder_noted_leads_as_printed_keeping_pho():
    # (held-out h732, sibling yd2) the post, `Phó` and the body's name kept, the holder left out
    for text, post in (
        (
            'Phó Chủ tịch Ủy ban MTTQ phường (bà Lý Thị Ngân) phụ trách vận động Quỹ "Vì người nghèo", hoàn '
            "thành trước 15/01/2029.",
            "Phó Chủ tịch Ủy ban MTTQ phường",
        ),
        (
            "Phó Bí thư Đoàn xã (anh Vũ Minh Đức) chủ trì tổ chức Ngày hội thanh niên trước 26/3/2029.",
            "Phó Bí thư Đoàn xã",
        ),
        (
            "Phó Chủ tịch Hội Nông dân xã (ông Hà Văn Lâm) khảo sát nhu cầu vay vốn của hội viên.",
            "Phó Chủ tịch Hội Nông dân xã",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_noted_deputy_who_directs_or_without_the_note_or_the_body_is_not_this_rule():
    # directing a named unit: that unit leads (`_directing_post`), never the post
    found = assignment_in(
        "Phó Chủ tịch UBND xã (ông Hà Văn Tú) chỉ đạo Công an xã bảo đảm an ninh dịp lễ hội."
    )
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")
    # a deputy chair with no holder noted stays with the rules of posts (as before)
    found = assignment_in(
        "Phó Chủ tịch UBND huyện phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa."
    )
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")
    # a field in lower case after the post (DEPUTY_HEADS' rule), not a body's name: read as before
    found = assignment_in(
        "Phó Trưởng phòng phụ trách công tác chữa cháy (đồng chí Thiếu tá Lê Văn B) chỉ đạo kiểm tra "
        "phương tiện chữa cháy trước ngày 20/01/2029."
    )
    assert found is not None and found.lead == "Phó Trưởng phòng phụ trách công tác chữa cháy"
    # a note that names no person (a role, a short name) is no holder
    found = assignment_in("Phó Chủ tịch Hội Nông dân xã (phụ trách kinh tế) khảo sát nhu cầu vay vốn.")
    assert found is None or found.lead != "Phó Chủ tịch Hội Nông dân xã"


def test_the_issuers_own_deputy_chair_by_his_field_leads_it_as_printed():
    # (held-out h737, siblings yj1, yj3) the bare post before `phụ trách`, its field kept, the holder
    # left out; the note bounds a field of up to eight words, a dash in it is no word
    for text, post in (
        (
            "Phó Chủ tịch phụ trách công tác thông tin đối ngoại nhân dân (ông Lò Văn Sơn) "
            "chỉ đạo xây dựng kế hoạch giao lưu năm 2029, hoàn thành trong tháng 01/2029.",
            "Phó Chủ tịch phụ trách công tác thông tin đối ngoại nhân dân",
        ),
        (
            "Phó Chủ tịch phụ trách công tác tuyên truyền chủ trì tổ chức Hội thi sơ cấp cứu trong tháng "
            "6/2029.",
            "Phó Chủ tịch phụ trách công tác tuyên truyền",
        ),
        (
            "Phó Chủ tịch phụ trách văn hóa - xã hội chủ trì tổng kết phong trào thi đua năm 2029.",
            "Phó Chủ tịch phụ trách văn hóa - xã hội",
        ),
        (
            "Phó Chủ tịch phụ trách kinh tế chỉ đạo các phòng chuyên môn rà soát diện tích lúa bị hạn.",
            "Phó Chủ tịch phụ trách kinh tế",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_deputy_chair_by_his_field_who_directs_a_named_unit_or_names_his_body_is_not_the_post():
    # a named unit after his `chỉ đạo` leads (_directing_post), with or without `Giao đồng chí`
    for text in (
        "Phó Chủ tịch phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa bị hạn.",
        "Phó Chủ tịch phụ trách công tác tổ chức chỉ đạo Văn phòng Hội rà soát danh sách hội viên.",
        "Giao đồng chí Phó Chủ tịch phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa.",
    ):
        found = assignment_in(text)
        assert found is not None and not found.lead.startswith("Phó Chủ tịch"), text
    # a body named after the post: not the bare post's rule (as before)
    found = assignment_in(
        "Phó Chủ tịch UBND huyện phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa."
    )
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")
    # no field: not taken
    found = assignment_in("Phó Chủ tịch Nguyễn Văn A chỉ đạo kiểm tra việc thu kinh phí.")
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")
    # without the holder noted a field of more than four words is not read as the post's
    found = assignment_in(
        "Phó Chủ tịch phụ trách công tác thông tin đối ngoại nhân dân chỉ đạo xây dựng kế hoạch giao lưu."
    )
    assert found is None or found.lead != ("Phó Chủ tịch phụ trách công tác thông tin đối ngoại nhân dân")


def test_every_deputy_of_a_council_charged_without_a_time_is_no_task():
    # (held-out h745, sibling yj2) each deputy of the council, as each member of a body: a general
    # charge, also with the point above's lead carried down
    assert _leaders_charge(
        _item(
            "Các đại biểu HĐND xã nâng cao trách nhiệm, dành thời gian nghiên cứu tài liệu trước kỳ họp.",
            lead="Ủy ban nhân dân xã",
        )
    )
    assert _leaders_charge(
        _item("Các vị đại biểu Hội đồng nhân dân tỉnh nghiên cứu kỹ tài liệu, chuẩn bị nội dung chất vấn.")
    )
    # dated, it stays a task
    assert not _leaders_charge(
        _item(
            "Các đại biểu HĐND xã gửi ý kiến góp ý dự thảo nghị quyết trước ngày 10/12/2029.",
            due="trước ngày 10/12/2029",
        )
    )
    # the deputies' teams (every unit of a kind) and a meeting's delegates are not this rule's
    assert not _leaders_charge(_item("Các Tổ đại biểu HĐND xã tổ chức tiếp xúc cử tri trước kỳ họp."))
    assert not _leaders_charge(_item("Các đại biểu dự hội nghị nghiên cứu tài liệu trước phiên thảo luận."))


def test_a_courts_deputy_chief_judge_by_his_field_of_cases_leads_it_as_printed():
    # (held-out h852, siblings zl1, zl2) `Phó Chánh án` is a deputy head by his field; a field named
    # by `lĩnh vực` lists its matters (commas, `và`) up to the verb
    for text, post in (
        (
            "Phó Chánh án phụ trách lĩnh vực hình sự (đồng chí Lê Văn A) chỉ đạo xét xử các vụ án trước "
            "ngày 20/12/2029.",
            "Phó Chánh án phụ trách lĩnh vực hình sự",
        ),
        (
            "Phó Chánh án phụ trách lĩnh vực dân sự, hôn nhân và gia đình tổ chức 03 phiên tòa trực tuyến.",
            "Phó Chánh án phụ trách lĩnh vực dân sự, hôn nhân và gia đình",
        ),
        (
            "Phó Viện trưởng phụ trách lĩnh vực hình sự, kinh tế và ma túy chủ trì kiểm sát việc giải quyết "
            "tin báo.",
            "Phó Viện trưởng phụ trách lĩnh vực hình sự, kinh tế và ma túy",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_deputy_chief_judge_without_a_field_or_a_long_or_unnamed_field_is_not_the_post_with_it():
    # no field: not the rule's
    found = assignment_in("Phó Chánh án Nguyễn Văn B kiểm tra hồ sơ các vụ án quá hạn.")
    assert found is None or not (found.lead or "").startswith("Phó Chánh án Nguyễn")
    # a list without `lĩnh vực` keeps the four-word bound
    found = assignment_in(
        "Phó Trưởng phòng phụ trách công tác dân sự, hôn nhân và gia đình tổ chức phiên tòa."
    )
    assert found is None or found.lead != "Phó Trưởng phòng phụ trách công tác dân sự, hôn nhân và gia đình"
    # `lĩnh vực` does not carry a field past eight words after it
    found = assignment_in(
        "Phó Chánh án phụ trách lĩnh vực hành chính, kinh tế, lao động, phá sản và kinh doanh thương mại "
        "quốc tế chủ trì rà soát hồ sơ."
    )
    assert found is None or "thương mại" not in (found.lead or "")


def test_a_deputy_head_by_his_block_of_work_leads_it_as_printed():
    # (held-out h876, siblings ug1, ug2) `khối …` names a field as `lĩnh vực` does: its matters listed
    # (commas, `và`) up to the holder's note or the verb
    for text, post in (
        (
            "Phó Viện trưởng phụ trách khối dân sự, hành chính và thi hành án (đồng chí Phạm Thu Hà) trực "
            "tiếp chỉ đạo cuộc kiểm sát trước ngày 26/02/2029.",
            "Phó Viện trưởng phụ trách khối dân sự, hành chính và thi hành án",
        ),
        (
            "Phó Chánh án phụ trách khối hành chính, kinh tế và lao động tổ chức 02 phiên tòa "
            "rút kinh nghiệm.",
            "Phó Chánh án phụ trách khối hành chính, kinh tế và lao động",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_block_of_work_does_not_carry_a_quantity_or_a_long_list():
    # `khối lượng` is a quantity, no field: the four-word bound stays
    found = assignment_in(
        "Phó Trưởng phòng phụ trách khối lượng công việc tồn đọng, hồ sơ và chứng từ rà soát lại."
    )
    assert found is None or "chứng từ" not in (found.lead or "")
    # nor does `khối` carry a field past ten words
    found = assignment_in(
        "Phó Viện trưởng phụ trách khối hình sự, kinh tế, ma túy, môi trường, giao thông và an ninh quốc gia "
        "chủ trì rà soát hồ sơ."
    )
    assert found is None or "quốc gia" not in (found.lead or "")
