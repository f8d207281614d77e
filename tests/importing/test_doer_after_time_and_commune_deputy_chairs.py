"""Three shapes taught by h13fixZA (held-out h795 and h798, moved; siblings za1–za3):

- a plan's field line that runs the time and the bare doer's label together after a separator
  (`Thời gian: Thường xuyên - Thực hiện: Nhóm Giám sát dịch tễ.`): the group leads, as on a line of its
  own (`prose_facts.labelled_fields`, `_doer_after_field`); and a doer's field that names its partners
  before `phối hợp` (`Thực hiện: Đội X chủ trì, Trạm Y tế các xã phối hợp.`);
- a commune's notice of conclusions giving a point to its deputy chair by his field, printed with the
  committee's kind (`Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội (bà …) chỉ đạo …`): the post
  with its field leads (`prose_facts._UNIT_WORDS`, `_SCHOOL_POST`);
- an undated point of a notice of conclusions to the heads of every unit of a kind (`Trưởng các khu phố
  chủ động tuyên truyền …`): a general charge, no item (`conclusions._heads_charge`)."""

from types import SimpleNamespace

from engine.importing.layouts.conclusions import _heads_charge
from engine.importing.layouts.prose_facts import assignment_in, labelled_fields


def _item(content: str, lead: str = "", due: str = ""):
    return SimpleNamespace(content=content, lead=lead, due=due)


def test_a_bare_doer_after_the_time_on_one_line_leads():
    for text, lead, due in (
        (
            "Thời gian: Thường xuyên - Thực hiện: Nhóm Giám sát dịch tễ.",
            "Nhóm Giám sát dịch tễ",
            "Thường xuyên",
        ),
        (
            "Thời gian: trước ngày 31/3/2027 | Thực hiện: Nhóm Điều trị.",
            "Nhóm Điều trị",
            "trước ngày 31/3/2027",
        ),
        ("Thời hạn: Quý II/2027; Giao: Tổ Kế hoạch - Tổng hợp.", "Tổ Kế hoạch - Tổng hợp", "Quý II/2027"),
    ):
        fields = labelled_fields(text)
        assert fields is not None and fields.get("lead") == lead and fields.get("due") == due, text


def test_a_doer_after_the_time_naming_a_lead_and_its_partners():
    fields = labelled_fields(
        "Thời gian: từ 15/4 đến 15/5/2027 - Thực hiện: Nhóm Tiêm chủng chủ trì; "
        "Trung tâm Y tế 04 huyện phối hợp."
    )
    assert fields["lead"] == "Nhóm Tiêm chủng"
    assert fields["due"] == "từ 15/4 đến 15/5/2027"
    fields = labelled_fields(
        "Thời gian: Quý II/2027; Thực hiện: Đội Phòng chống dịch chủ trì, Trạm Y tế các xã phối hợp."
    )
    assert fields["lead"] == "Đội Phòng chống dịch"
    assert fields["coordinating"] == "Trạm Y tế các xã"


def test_a_doer_label_after_the_time_is_not_read_where_no_body_follows_it():
    # a person, not a body: the time's value keeps it, no lead
    fields = labelled_fields("Thời gian: Tháng 4/2027 - Thực hiện: Nguyễn Văn An.")
    assert not fields.get("lead")
    # the time's own label holds the word, no separator before it
    fields = labelled_fields("Thời gian thực hiện: Tháng 4/2027.")
    assert not fields.get("lead") and fields.get("due") == "Tháng 4/2027"


def test_a_commune_deputy_chair_by_his_field_leads_as_the_post():
    for text, post in (
        (
            "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội (bà Nguyễn Thị X) chỉ đạo tổ chức "
            "Chương trình văn nghệ tại Nhà văn hóa phường vào ngày 30/01/2027.",
            "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",
        ),
        (
            "Phó Chủ tịch Ủy ban nhân dân xã phụ trách kinh tế (ông Lê Văn Y) chủ trì rà soát diện tích lúa "
            "trước ngày 15/01/2027.",
            "Phó Chủ tịch Ủy ban nhân dân xã phụ trách kinh tế",
        ),
        (
            "Phó Chủ tịch UBND thị trấn phụ trách kinh tế chủ trì đối thoại với các hộ kinh doanh.",
            "Phó Chủ tịch UBND thị trấn phụ trách kinh tế",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_a_district_deputy_chair_or_one_directing_a_named_unit_is_not_taken_as_the_post():
    found = assignment_in(
        "Phó Chủ tịch UBND huyện phụ trách kinh tế chỉ đạo Phòng Nông nghiệp rà soát diện tích lúa."
    )
    assert found is None or not (found.lead or "").startswith("Phó Chủ tịch")
    found = assignment_in(
        "Phó Chủ tịch UBND thị trấn phụ trách kinh tế chỉ đạo Công chức Địa chính - Xây dựng kiểm tra các "
        "công trình xây dựng không phép."
    )
    assert found is not None and found.lead == "Công chức Địa chính - Xây dựng"


def test_an_undated_charge_to_the_heads_of_every_unit_is_no_item():
    assert _heads_charge(
        _item(
            "Trưởng các khu phố chủ động tuyên truyền, vận động nhân dân giữ gìn vệ sinh môi trường.",
            lead="Trưởng các khu phố",
        )
    )
    assert _heads_charge(
        _item("Thủ trưởng các cơ quan, đơn vị trên địa bàn chủ động phối hợp với đoàn kiểm tra.")
    )


def test_a_heads_charge_with_a_time_a_report_or_to_every_unit_itself_stays():
    # a time of its own (ongoing, dated): an item
    assert not _heads_charge(
        _item(
            "Trưởng các khu phố tuyên truyền, vận động người dân; thực hiện thường xuyên.", due="thường xuyên"
        )
    )
    # a report asked: a closing reporting request
    assert not _heads_charge(_item("Trưởng các ấp báo cáo tình hình thiếu nước về Văn phòng UBND xã."))
    # every unit of a kind itself: an item whose lead is not scored
    assert not _heads_charge(_item("Các sở, ngành khẩn trương rà soát các thủ tục hành chính."))
    # the head of one unit
    assert not _heads_charge(
        _item("Trưởng Công an phường tăng cường tuần tra trên địa bàn.", lead="Công an phường")
    )


def test_a_lead_field_closing_with_an_unlabelled_time_gives_the_due():
    """h13fixZM (held-out h841): `Chủ trì: X; <time>` with no `thời gian:` label."""
    assert labelled_fields("Chủ trì: Phòng Văn hóa, phối hợp Đài Truyền thanh; xong trước 15/3/2028.") == {
        "lead": "Phòng Văn hóa, phối hợp Đài Truyền thanh",
        "due": "xong trước 15/3/2028",
    }
    monthly = labelled_fields("Chủ trì: Hội Phụ nữ xã; hằng tháng.")
    assert monthly == {"lead": "Hội Phụ nữ xã", "due": "hằng tháng"}
    # the limits: a second doer after ";", a part that is no time, a labelled time
    assert "due" not in labelled_fields("Chủ trì: Phòng Tư pháp; Phòng Nội vụ thực hiện trước 30/6.")
    assert labelled_fields("Chủ trì: Phòng Tư pháp; Văn phòng") == {"lead": "Phòng Tư pháp; Văn phòng"}
    assert labelled_fields("Chủ trì: Ban Dân vận; thời gian: tháng 5/2028.")["due"] == "tháng 5/2028"
