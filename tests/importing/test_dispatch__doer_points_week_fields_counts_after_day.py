"""A dispatch to the units below its issuer (held-out h656, siblings va1–va3): lettered points that open
with their doer lead by the named body or bodies; a time field ends at its sentence; a count of days
from an event dated earlier in the sentence; a closing charge on the letter's receipt with a contact
line; a topic's paragraph among doer points led by the issuer's own section (siblings
we1–we3). Each rule with a near shape it must not take."""

from datetime import date

from engine.importing.build import import_document
from engine.importing.event_dues import _count_after_day
from engine.importing.layouts.prose_facts import labelled_fields
from engine.importing.layouts.prose_tasks import closing_charge


def _items(text: str, year: int = 2028):
    return import_document(text.encode(), "cv.txt", units=[], year=year).items


def test_a_time_field_ends_at_its_sentence_when_the_next_prints_no_time():
    fields = labelled_fields("thời gian: tuần 3 tháng 11/2028. Các trạm y tế trong cụm cử cán bộ tham dự.")
    assert fields["due"] == "tuần 3 tháng 11/2028"


def test_a_time_field_keeps_a_next_sentence_that_prints_a_time_of_its_own():
    fields = labelled_fields("thời gian: Quý III/2028. Báo cáo kết quả trước ngày 30/9/2028.")
    assert fields["due"] == "Quý III/2028. Báo cáo kết quả trước ngày 30/9/2028"


def test_a_count_of_days_from_an_event_dated_before_it_in_the_sentence():
    found = _count_after_day(
        "Trạm Y tế thị trấn tổ chức kiểm tra tay nghề ngày 22/11/2028; công bố kết quả chậm nhất sau 05 "
        "ngày kể từ ngày kiểm tra.",
        2028,
    )
    assert found is not None and found[0] == date(2028, 11, 27)
    found = _count_after_day("Khai mạc giải ngày 18/5/2029; trao giải sau 10 ngày kể từ ngày khai mạc.", 2029)
    assert found is not None and found[0] == date(2029, 5, 28)


def test_no_count_from_a_day_of_another_act_working_days_or_two_days():
    # the act counted from is not the one dated (the signing's: _FROM_SIGNING reads it)
    assert _count_after_day("Họp ngày 10/3/2028; gửi báo cáo sau 15 ngày kể từ ngày ký.", 2028) is None
    # working days: the holidays are not known
    assert _count_after_day("Thi ngày 10/3/2028; công bố sau 05 ngày làm việc kể từ ngày thi.", 2028) is None
    # two days before the count: which one is the event's is not said
    text = "Thi ngày 10/3/2028 và ngày 12/3/2028; công bố sau 05 ngày kể từ ngày thi."
    assert _count_after_day(text, 2028) is None


def test_a_closing_charge_on_the_letters_receipt_with_a_contact_line():
    assert closing_charge(
        "Nhận được Công văn này, Phòng GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực "
        "hiện. Quá trình thực hiện có vướng mắc liên hệ Bộ phận X (đồng chí A, điện thoại 0912.000.000)./."
    )


def test_a_last_sentence_asking_for_a_dated_report_is_no_contact_line():
    assert not closing_charge(
        "Nhận được Công văn này, Phòng GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực "
        "hiện. Có khó khăn, vướng mắc liên hệ và báo cáo về Phòng trước ngày 15/3/2028."
    )


def _dispatch(near: bool = False) -> str:
    """The sibling va1's paragraphs as plain text; `near`: its points to every station turned into bare
    topics (`a) Rà soát …`), so that few points open with their doer."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "corpus"))
    from siblings_va import VA1_PARAGRAPHS

    text = "\n".join(VA1_PARAGRAPHS) + "\n"
    if near:
        for every, bare in (
            ("a) Các trạm y tế xã, thị trấn rà soát", "a) Rà soát"),
            ("c) Các trạm y tế tổ chức", "c) Tổ chức"),
            ("b) Các trạm y tế giám sát", "b) Giám sát"),
        ):
            text = text.replace(every, bare)
    return text


def _lead_of(items, opening: str) -> str:
    return next(item for item in items if item.content.startswith(opening)).lead_text


def test_a_lettered_point_among_doer_points_is_led_by_the_bodies_it_opens_with():
    items = _items(_dispatch())
    assert _lead_of(items, "Trạm Y tế xã Đông Hòa") == "Trạm Y tế xã Đông Hòa, Trạm Y tế xã Tân Lập"
    assert _lead_of(items, "Trạm Y tế thị trấn Hòa Bình") == "Trạm Y tế thị trấn Hòa Bình"
    assert _lead_of(items, "Các trạm y tế giám sát") == ""  # every station's: no lead
    # the closing charge and its contact line are no item
    assert not any(item.content.startswith("Nhận được") for item in items)


def test_a_list_of_topics_with_a_doer_here_and_there_leads_by_no_opening_body():
    items = _items(_dispatch(near=True))
    assert _lead_of(items, "Trạm Y tế xã Đông Hòa") == ""
    assert _lead_of(items, "Trạm Y tế thị trấn Hòa Bình") == ""


def test_a_culture_house_is_a_body_and_every_culture_house_every_unit_of_a_kind():
    """`Nhà Văn hóa phường Bắc Sơn tổ chức …` opens with a body; `Các nhà văn hóa phường …` is every
    unit of a kind (va2); not the words in a task (`xây dựng nhà văn hóa thôn`)."""
    from engine.importing.layouts.prose_facts import EVERY_UNIT, UNIT_START
    from engine.text import fold

    assert UNIT_START.match(fold("Nhà Văn hóa phường Bắc Sơn tổ chức Hội diễn văn nghệ"))
    assert EVERY_UNIT.match(fold("Các nhà văn hóa phường báo cáo kết quả"))
    assert not UNIT_START.match(fold("Xây dựng nhà văn hóa thôn Đông"))


def test_two_culture_houses_before_their_verb_are_read_whole_and_count_as_doers():
    """`Nhà Văn hóa phường X, Nhà Văn hóa phường Y dựng …` (va2): the second name is not cut at the
    lower-case `hóa` of its own word, and a point opening with several named bodies counts among
    points that open with their doer; a capitalised run that is no unit's word still ends a name."""
    from engine.importing.layouts.prose_facts import name_by_shape
    from engine.importing.layouts.prose_tasks import _names_own_doer

    text = "Nhà Văn hóa phường Đằng Lâm, Nhà Văn hóa phường Cát Bi dựng chương trình nghệ thuật"
    assert name_by_shape(text) == "Nhà Văn hóa phường Đằng Lâm, Nhà Văn hóa phường Cát Bi"
    assert _names_own_doer(text)
    assert not _names_own_doer("Chương trình nghệ thuật, Hội diễn văn nghệ quần chúng được tổ chức")


def _we1(near: bool = False) -> str:
    """The sibling we1's paragraphs as plain text (h656's topic paragraph, h13fixWE); `near`: its
    lettered points turned into bare topics (`a) Rà soát …`), so that few points open with their doer."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "corpus"))
    from siblings_we import WE1_PARAGRAPHS

    text = "\n".join(WE1_PARAGRAPHS) + "\n"
    if near:
        for doer, bare in (
            ("a) Các trường trung học phổ thông (THPT) chỉ đạo bộ phận chuyên môn rà soát", "a) Rà soát"),
            ("b) Trường THPT Lê Quý Đôn chủ trì", "b) Chủ trì"),
            ("c) Các trường THPT tổ chức", "c) Tổ chức"),
            ("a) Trường THPT Nguyễn Du, Trường THPT Hòa Vang kiểm kê", "a) Kiểm kê"),
            ("b) Các trường THPT rà soát", "b) Rà soát"),
        ):
            text = text.replace(doer, bare)
    return text


def test_a_topic_paragraph_among_doer_points_is_led_by_the_section_it_opens_with():
    """`2. Về thi chọn học sinh giỏi cấp tỉnh` over `Bộ phận Khảo thí của Sở GD&ĐT ra đề, tổ chức …`,
    the other topics' lettered points opening with their doer: the section leads; every school's points
    (one asking them to direct their `bộ phận chuyên môn`) stay items with no lead."""
    items = _items(_we1())
    assert _lead_of(items, "Bộ phận Khảo thí") == "Bộ phận Khảo thí của Sở GD&ĐT"
    assert _lead_of(items, "Các trường trung học phổ thông (THPT) chỉ đạo bộ phận chuyên môn") == ""
    assert _lead_of(items, "Các trường THPT tổ chức kiểm tra") == ""
    assert len(items) == 7


def test_a_topic_paragraph_among_bare_topics_is_led_by_no_opening_section():
    items = _items(_we1(near=True))
    assert items and not any(item.lead_text.startswith("Bộ phận") for item in items)


def test_a_section_named_with_capitals_leads_but_the_common_noun_does_not():
    """`Bộ phận Chuyên môn Phòng GD&ĐT ra đề …` (h656) opens with a named section and its parent body;
    `bộ phận chuyên môn` in lower case is the common noun (a professional section in general)."""
    from engine.importing.layouts.prose_tasks import _point_unit

    assert (
        _point_unit("Bộ phận Chuyên môn Phòng GD&ĐT ra đề, tổ chức thi").lead
        == "Bộ phận Chuyên môn Phòng GD&ĐT"
    )
    assert _point_unit("Bộ phận chuyên môn ra đề, tổ chức thi chọn học sinh giỏi") is None


def test_setting_an_exam_paper_is_a_bodys_verb_but_not_inside_a_councils_name():
    from engine.importing.layouts.prose_tasks import _point_unit

    assert _point_unit("Tổ Toán ra đề kiểm tra giữa kỳ").lead == "Tổ Toán"
    assert _point_unit("Hội đồng ra đề thi làm việc tập trung").lead == "Hội đồng ra đề thi"


def test_a_dashed_field_ends_before_its_parent_body():
    """`Bộ phận Tổ chức - Công chức Phòng Nội vụ ra đề …` (we3): the field after the dash ends where the
    parent's name starts, with `của` too; not at a capitalised word that opens no unit, nor at a time."""
    from engine.importing.layouts.prose_facts import dashed_part

    assert dashed_part("Công chức Phòng Nội vụ ra đề, tổ chức") == "Công chức"
    assert dashed_part("Nghiệp vụ của Sở GD&ĐT tổng hợp") == "Nghiệp vụ"
    assert dashed_part("Công chức Lê Văn An ra đề") == ""
    assert dashed_part("Tài chính Quý I/2028") == ""


def test_a_plan_keeps_its_unled_points_only_where_each_opens_with_its_doer():
    """prose_plan keeps every point of a dispatch whose points all open with their doer (`Các trường
    THPT tổ chức …` beside a named school); a bare task (`Rà soát …`) or a finding is no doer."""
    from engine.importing.layouts.prose_plan import _names_doer
    from engine.importing.model import RawItem

    assert _names_doer(
        RawItem(content="Các trường THPT tổ chức kiểm tra giữa học kỳ II trong tháng 3/2028.", line=1)
    )
    assert _names_doer(RawItem(content="Trường THPT X chủ trì chuyên đề", line=1, lead="Trường THPT X"))
    assert not _names_doer(
        RawItem(content="Rà soát kế hoạch giáo dục nhà trường trước ngày 12/01/2028.", line=1)
    )


# h865 (siblings zs1–zs3): lettered points under headings that are every facility of a kind, and a
# named body's point opening with its verb beside points that open by chairing or addressing a body.
_KIND_HEADINGS = """SỞ NÔNG NGHIỆP TỈNH X
Số: 12/SNN-TY
Kính gửi: Các đơn vị.
Sở Nông nghiệp yêu cầu các đơn vị thực hiện một số nội dung sau:
1. Các cơ sở giết mổ gia súc, gia cầm
a) Vệ sinh, tiêu độc khu giết mổ sau mỗi ca, hoàn thành trước ngày 20/01/2028.
b) Ghi chép sổ theo dõi nguồn gốc động vật đưa vào giết mổ trước ngày 25/01/2028.
2. Các cơ sở kinh doanh thức ăn chăn nuôi
a) Niêm yết giá bán, thực hiện thường xuyên.
b) Báo cáo lượng hàng tồn kho về Chi cục trước ngày 15/02/2028.
3. Trạm Chẩn đoán xét nghiệm bệnh động vật lấy 60 mẫu thịt tại các chợ; kết quả gửi trước ngày 31/3/2028.
4. Phòng Thú y chủ trì, phối hợp Thanh tra Sở kiểm tra các cơ sở từ ngày 10/01 đến ngày 20/02/2028.
5. Đề nghị Đội Quản lý thị trường số 3 phối hợp kiểm tra việc vận chuyển gia cầm trái phép.
"""


def test_points_under_a_heading_that_is_every_facility_of_a_kind_are_tasks():
    items = _items(_KIND_HEADINGS)
    contents = [item.content for item in items]
    assert any(c.startswith("Vệ sinh, tiêu độc khu giết mổ") for c in contents)
    assert any(c.startswith("Báo cáo lượng hàng tồn kho") for c in contents)
    sampling = next(item for item in items if item.content.startswith("Trạm Chẩn đoán"))
    assert sampling.lead_text == "Trạm Chẩn đoán xét nghiệm bệnh động vật"


def test_a_heading_is_a_kind_only_when_it_is_the_units_and_nothing_more():
    from engine.importing.layouts.prose_plan import _kind_heading

    assert _kind_heading("1. Các cơ sở khám bệnh, chữa bệnh")
    assert _kind_heading("2. Các Trung tâm Y tế huyện:")
    assert not _kind_heading("1. Các đơn vị tổ chức tuyên truyền")  # a task: the units, then a verb
    assert not _kind_heading("1. Công tác phòng, chống dịch")  # a topic
    assert not _kind_heading(None)


def test_sampling_is_a_verb_only_with_its_samples():
    from engine.importing.layouts.prose_facts import ACTION

    assert ACTION.match("lay 120 mau thuoc")
    assert ACTION.match("lay mau nuoc")
    assert not ACTION.match("lay nhiem cheo")  # `lây nhiễm`: folded the same `lay`


def test_a_point_addressing_a_named_body_names_its_lead_but_not_one_addressing_every_unit():
    from engine.importing.layouts.prose_tasks import _addressed_named_body

    assert _addressed_named_body("Đề nghị Đội Quản lý thị trường số 3 phối hợp kiểm tra.")
    assert not _addressed_named_body("Đề nghị các đơn vị phối hợp kiểm tra.")
    assert not _addressed_named_body("Kiểm tra các cơ sở giết mổ trước ngày 20/01/2028.")


def test_one_addressed_body_among_bare_tasks_makes_no_list_of_led_duties():
    # the limit: a named body's point beside one request to a named body and one to every unit
    text = """PHÒNG Y TẾ HUYỆN X
Phòng Y tế đề nghị các đơn vị thực hiện các nội dung sau:
1. Tăng cường kiểm tra an toàn thực phẩm tại các chợ trước ngày 20/01/2028.
2. Trạm Y tế xã A lấy 20 mẫu thực phẩm để xét nghiệm trước ngày 31/01/2028.
3. Đề nghị Đội Quản lý thị trường số 3 phối hợp kiểm tra trước ngày 10/02/2028.
4. Đề nghị các đơn vị phối hợp kiểm tra trước ngày 15/02/2028.
"""
    sampling = next(item for item in _items(text) if item.content.startswith("Trạm Y tế xã A"))
    assert sampling.lead_text == ""
