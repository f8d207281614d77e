"""A dispatch whose numbered labels only name the unit, one closed by a note of its role (`2. Ban
Quản lý dự án (đơn vị thực hiện dự án)`), over the unit's lettered points; a request to a list of
named bodies too long for one name (`Đề nghị Hội A tỉnh, Tỉnh Đoàn, … chỉ đạo …`); and the closing
sentences that open with a round or a condition before whom they ask; a bare label closed by a note
defining the shorter name its body goes by (`(sau đây gọi là Trung tâm)`, `(gọi chung là các
trường)`), and a paragraph under such a label telling what the body did (prose_facts, prose_tasks)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import assignment_in, unit_heading
from engine.importing.layouts.prose_tasks import _courtesy_closing, _tells_done
from engine.text import fold
from tests.importing.helpers_blocks import context_of

DISPATCH = """
Kính gửi: Các phòng, đơn vị thuộc Sở.
Để triển khai dự án nâng cấp hệ thống thủy lợi năm 2028, Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:
1. Ban Quản lý dự án Nông nghiệp (đơn vị thực hiện dự án)
a) Lập kế hoạch lựa chọn nhà thầu gói thầu số 3, trình Sở trước ngày 15/02/2028.
b) Tổ chức khởi công công trình kênh tiêu Đồng Mới trong tháng 4/2028.
2. Phòng Kế hoạch - Tài chính
a) Thẩm định dự toán gói thầu số 3 trong tháng 3/2028.
b) Bố trí vốn đối ứng năm 2028 trước ngày 30/6/2028.
3. Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Cựu chiến binh tỉnh, Liên minh Hợp tác xã tỉnh tuyên truyền, vận động hội viên hiến đất làm kênh mương trước ngày 31/5/2028.
Định kỳ hằng quý, các phòng, đơn vị báo cáo tiến độ thực hiện về Sở (qua Phòng Kế hoạch - Tài chính) để tổng hợp.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở để được hướng dẫn./.
"""


def _items(text):
    return prose_plan.recognise(context_of(text)).items


def _by_start(text):
    return {item.content[:20]: item for item in _items(text)}


def test_a_bare_label_closed_by_its_role_note_leads_its_lettered_points():
    items = _items(DISPATCH)
    led = [item.lead for item in items if item.ref in ("1.a", "1.b")]
    assert led == ["Ban Quản lý dự án Nông nghiệp", "Ban Quản lý dự án Nông nghiệp"]
    assert [item.lead for item in items if item.ref in ("2.a", "2.b")] == ["Phòng Kế hoạch - Tài chính"] * 2


def test_the_role_note_is_no_part_of_the_label_name():
    assert unit_heading("Trung tâm Dịch vụ việc làm tỉnh (đơn vị tổ chức phiên giao dịch)") == (
        "Trung tâm Dịch vụ việc làm tỉnh",
        "",
    )


def test_a_sentence_ending_in_a_role_note_is_no_label():
    # a verb in lower case in what stands before the note: a task, no unit's label
    assert unit_heading("Phòng Văn hóa tổ chức hội thi cấp huyện (cơ quan thường trực)") is None


def test_a_request_to_a_list_of_named_bodies_is_led_by_all_of_them():
    lead = next(item.lead for item in _items(DISPATCH) if item.ref == "3")
    for body in ("Hội Nông dân tỉnh", "Tỉnh Đoàn", "Liên minh Hợp tác xã tỉnh"):
        assert body in lead


def test_a_long_run_whose_parts_open_in_lower_case_is_no_list_of_names():
    # past the longest name, with the comma's parts in lower case: a sentence, no lead read
    text = (
        "Đề nghị Ban Quản lý các khu công nghiệp tỉnh và các doanh nghiệp trong khu công nghiệp, nhà "
        "đầu tư hạ tầng, người lao động đang làm việc tại khu công nghiệp tham gia ý kiến."
    )
    found = assignment_in(text)
    assert found is None or len(found.lead.split()) <= 20


def test_closing_sentences_after_a_round_or_a_condition():
    items = _items(DISPATCH)
    # the round before every unit: a recurring request with no lead, apart from the last point
    report = [item for item in items if item.content.startswith("Định kỳ hằng quý")]
    assert len(report) == 1 and report[0].lead == "" and report[0].due
    # the condition before the request asking for nothing with a time: the courtesy closing, no item
    assert not [item for item in items if item.content.startswith("Trong quá trình")]
    assert not [item for item in items if item.ref == "3" and "Định kỳ" in item.content]


def test_a_courtesy_closing_under_the_last_title_is_no_item_but_a_dated_one_is():
    text = """
Để chuẩn bị kỳ thi, Hiệu trưởng yêu cầu các đơn vị thực hiện một số nội dung sau:
1. Phòng Khảo thí
Xây dựng lịch thi học kỳ II năm học 2029 - 2030, trình Hiệu trưởng trước ngày 10/4/2030.
2. Các khoa chuyên môn
Rà soát ngân hàng đề thi các học phần, gửi Phòng Khảo thí trước ngày 20/4/2030.
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Hiệu trưởng để xem xét, giải quyết./.
"""
    contents = [item.content for item in _items(text)]
    assert not [content for content in contents if content.startswith("Trong quá trình")]
    # the same condition before a request with a day of its own is a request, no courtesy
    assert not _courtesy_closing(
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Hiệu trưởng trước ngày 25/4/2030."
    )
    # nor is a condition before one named body's duty
    assert not _courtesy_closing("Nếu có phát sinh, Phòng Khảo thí báo cáo Hiệu trưởng để xem xét.")


NAMED_LABELS = """
Kính gửi: Các đơn vị trực thuộc Sở.
Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị thực hiện một số nội dung sau:
1. Trung tâm Văn hóa - Điện ảnh tỉnh (sau đây gọi là Trung tâm)
a) Tổ chức chiếu phim lưu động phục vụ đồng bào vùng cao trong Quý II/2029.
b) Xây dựng chương trình nghệ thuật mừng Xuân, hoàn thành trước ngày 20/01/2029.
2. Thư viện tỉnh (sau đây được gọi là Thư viện)
Năm 2028, Thư viện đã luân chuyển 12.000 bản sách về các xã vùng sâu, vùng xa.
Tổ chức Ngày Sách và Văn hóa đọc Việt Nam trong tháng 4/2029.
3. Các nhà văn hóa huyện, trung tâm văn hóa - thể thao xã (gọi chung là các thiết chế văn hóa)
Cập nhật lịch hoạt động lên trang thông tin điện tử trước ngày 10 hằng tháng.
Các đơn vị báo cáo kết quả thực hiện về Sở trước ngày 15/12/2029.
"""


def test_a_bare_label_closed_by_a_note_defining_its_short_name_leads_what_is_under_it():
    items = _items(NAMED_LABELS)
    assert [item.lead for item in items if item.ref in ("1.a", "1.b")] == [
        "Trung tâm Văn hóa - Điện ảnh tỉnh"
    ] * 2
    assert [item.lead for item in items if item.content.startswith("Tổ chức Ngày Sách")] == ["Thư viện tỉnh"]
    # without `tắt`, as with it, the note is no part of the name
    for note in ("(sau đây gọi là Trung tâm)", "(gọi chung là Trung tâm)", "(sau đây gọi tắt là Trung tâm)"):
        assert unit_heading(f"Trung tâm Văn hóa - Điện ảnh tỉnh {note}") == (
            "Trung tâm Văn hóa - Điện ảnh tỉnh",
            "",
        )


def test_every_body_of_the_kinds_a_noted_label_lists_heads_the_lines_under_it():
    items = _items(NAMED_LABELS)
    lines = [item for item in items if item.content.startswith("Cập nhật lịch hoạt động")]
    assert len(lines) == 1 and lines[0].due  # a task of its own, not folded into the label
    assert not [item for item in items if item.content.startswith("Các nhà văn hóa huyện")]
    assert any(item.content.startswith("Các đơn vị báo cáo kết quả") and not item.lead for item in items)


def test_a_noted_label_is_a_body_only_where_its_words_name_one():
    # a topic closed by a note, a sentence with its verb before the note, a label ending its sentence
    assert unit_heading("Công tác kiểm tra chất lượng thuốc (sau đây gọi là công tác kiểm nghiệm)") is None
    assert unit_heading("Các hoạt động tuyên truyền, vận động (gọi chung là hoạt động truyền thông)") is None
    assert unit_heading("Các trạm y tế xã tổ chức tiêm chủng (gọi chung là tiêm chủng)") is None
    assert (
        unit_heading("Trung tâm Kiểm nghiệm thuốc tỉnh (sau đây gọi là Trung tâm) lấy mẫu thuốc trên địa bàn")
        is None
    )
    assert unit_heading("Các trạm y tế xã (gọi chung là các trạm).") is None
    # every body of a kind with no note stays as it was: no label of its own
    assert unit_heading("Các trạm y tế xã") is None


def test_what_the_body_did_under_its_label_is_no_task():
    contents = [item.content for item in _items(NAMED_LABELS)]
    assert not [content for content in contents if content.startswith("Năm 2028")]
    assert _tells_done("Năm học 2027-2028, Trung tâm đã phối hợp tẩy giun cho học sinh tại 46 trường.")
    # a duty opening with its verb, or whose `đã` stands late, is a duty still
    assert not _tells_done("Tiếp tục duy trì các mô hình đã xây dựng năm 2028, nhân rộng ra các xã.")
    assert not _tells_done("Kiện toàn Ban Chăm sóc sức khỏe học sinh theo danh sách các trường đã gửi về Sở.")
    assert not _tells_done("Thông báo ngay về Sở các mẫu không đạt chất lượng.")


# A bare label naming several units too long for one unit's label: every district's division and the
# city's own (h13fixWC; own text, not a corpus document's).
SEVERAL = """
Kính gửi: Các cơ quan, đơn vị có tên sau đây.
Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về phát triển du lịch cộng đồng năm 2029, Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:
1. Phòng Văn hóa - Thông tin các huyện, thị xã; Phòng Văn hóa, Khoa học và Thông tin thành phố Bắc Lâm
a) Rà soát các điểm du lịch cộng đồng trên địa bàn, gửi danh sách về Sở trước ngày 20/02/2029.
b) Hướng dẫn các hộ kinh doanh homestay đăng ký tiêu chuẩn phục vụ khách du lịch trong tháng 4/2029.
2. Trung tâm Thông tin Xúc tiến Du lịch tỉnh (Trung tâm TTXTDL)
a) Xây dựng bản đồ số các điểm du lịch cộng đồng, hoàn thành trong Quý III/2029.
"""


def test_a_bare_label_naming_several_units_leads_its_points_with_all_of_them():
    items = _items(SEVERAL)
    for ref in ("1.a", "1.b"):
        lead = next(item.lead for item in items if item.ref == ref)
        assert "Phòng Văn hóa - Thông tin các huyện, thị xã" in lead
        assert "Phòng Văn hóa, Khoa học và Thông tin thành phố Bắc Lâm" in lead
    # a centre's short form in its label's parenthesis: its full name leads (the short form may stay
    # beside it, as a person knows the unit by either; prose_facts `_named_before_own_short`)
    centre = next(item.lead for item in items if item.ref == "2.a")
    assert centre.startswith("Trung tâm Thông tin Xúc tiến Du lịch tỉnh")


def test_several_units_in_a_bare_label_part_at_a_semicolon_a_comma_or_va_before_a_kind_word():
    for text in (
        "Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã; Phòng Quản lý đô thị thành phố Lâm Giang",
        "Phòng Kinh tế các huyện, Phòng Kinh tế - Hạ tầng thị xã Bình Sơn và Phòng Kinh tế thành phố Đông Phú",
        "Trạm Chăn nuôi và Thú y các huyện, thị xã và Trạm Thú y thành phố Long Giang",
    ):
        assert unit_heading(text) == (text, "")


def test_a_bare_label_of_several_units_has_its_limits():
    # a verb in a part: two clauses of a sentence, no label
    assert (
        unit_heading(
            "Phòng Kinh tế các huyện chủ trì rà soát; Phòng Quản lý đô thị thành phố phối hợp thực hiện kiểm tra"
        )
        is None
    )
    # a sentence's stop at its end, or a part that names no unit (`về công tác …`)
    assert (
        unit_heading("Phòng Kinh tế các huyện, thị xã; Phòng Quản lý đô thị thành phố Lâm Giang và các xã.")
        is None
    )
    assert (
        unit_heading(
            "Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã; về công tác quản lý đô thị thành phố Lâm Giang"
        )
        is None
    )
    # heads of bodies among the names (`Vụ trưởng …`, `Thủ trưởng …`, `Chủ tịch …`), or a part in lower
    # case (`các cơ quan, đơn vị có liên quan`): a line of addressees, no unit's label
    assert (
        unit_heading(
            "Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các cơ quan, đơn vị thuộc Bộ"
        )
        is None
    )
    assert (
        unit_heading("Chủ tịch, các Phó Chủ tịch UBND tỉnh; Ban Thường vụ Đảng ủy UBND tỉnh và các xã")
        is None
    )
    from engine.importing.layouts.prose_facts import _bare_units_listed

    assert (
        _bare_units_listed(
            "Các sở, ban, ngành; UBND các xã, phường, đặc khu; các cơ quan, đơn vị có liên quan"
        )
        == ""
    )
    # more than four units: a list of addressees, not one label
    five = "; ".join(
        f"Phòng Kinh tế huyện {name} tỉnh Bắc Lâm" for name in ("An", "Bình", "Cát", "Đông", "Yên")
    )
    assert unit_heading(five) is None
    # a comma or `và` before a word of the same name (`Hạ tầng`, `Đô thị`) parts nothing: one unit
    assert (
        _bare_units_listed(
            "Phòng Kinh tế, Hạ tầng và Đô thị các huyện, thị xã, thành phố trực thuộc tỉnh Lâm Giang"
        )
        == ""
    )


# h13fixXB: a named body's dated paragraph after a label's points; a closing request of the labels' bodies.

XB_LABELS = """ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC
Số: 845/UBND-TNMT
Kính gửi: Các cơ quan, đơn vị.
Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị triển khai các nội dung sau:
1. Phòng Tài nguyên và Môi trường huyện (Phòng TN-MT)
a) Tham mưu UBND huyện ban hành kế hoạch sử dụng đất năm 2029, trình trước ngày 30/9/2028.
b) Hướng dẫn các xã lập hồ sơ cấp giấy chứng nhận; hoàn thành trong Quý II/2028.
Phòng TN-MT phối hợp Công an huyện kiểm tra việc khai thác cát trái phép, xong trước ngày 31/5/2028.
2. Ủy ban nhân dân các xã, thị trấn
a) Rà soát các trường hợp lấn chiếm đất công, hoàn thành trước ngày 15/4/2028.
b) Tuyên truyền phân loại rác thải tại nguồn; thực hiện thường xuyên.
3. Trung tâm Phát triển quỹ đất huyện
Lập phương án bồi thường dự án Khu dân cư Tân Hòa trước ngày 30/6/2028.
Ủy ban nhân dân các xã, thị trấn, Trung tâm Phát triển quỹ đất huyện báo cáo kết quả thực hiện trước ngày 15/12/2028 về Ủy ban nhân dân huyện.
"""


def _xb_items(text):
    from engine.importing.build import import_document

    return import_document(text.encode(), "cv.txt", units=[], year=2028).items


def test_a_named_bodys_dated_paragraph_after_a_labels_points_is_its_own_item():
    items = _xb_items(XB_LABELS)
    own = [item for item in items if item.content.startswith("Phòng TN-MT phối hợp")]
    assert len(own) == 1 and own[0].due_text.endswith("31/5/2028")
    point_b = next(item for item in items if item.content.startswith("Hướng dẫn các xã"))
    assert "Phòng TN-MT phối hợp" not in point_b.content


def test_an_undated_paragraph_after_the_points_stays_the_points_own_words():
    text = XB_LABELS.replace(", xong trước ngày 31/5/2028.", ".")
    items = _xb_items(text)
    assert not any(item.content.startswith("Phòng TN-MT phối hợp") for item in items)


def test_a_closing_request_naming_the_labelled_bodies_is_led_by_them():
    from engine.importing.layouts.prose_tasks import _named_parties_subject

    items = _xb_items(XB_LABELS)
    closing = next(
        item for item in items if item.content.startswith("Ủy ban nhân dân các xã, thị trấn, Trung")
    )
    assert closing.lead_text.split("; ") == [
        "Ủy ban nhân dân các xã, thị trấn",
        "Trung tâm Phát triển quỹ đất huyện",
    ]
    parties = ["Ủy ban nhân dân các xã, thị trấn", "Trung tâm Phát triển quỹ đất huyện"]
    folded = fold("Ủy ban nhân dân các xã, thị trấn và Trung tâm Phát triển quỹ đất huyện báo cáo …")
    assert _named_parties_subject(folded, parties) == parties
    # limits: another body among them, a single party, every unit of a kind
    assert (
        _named_parties_subject(fold("Ủy ban nhân dân các xã, thị trấn và các đơn vị báo cáo"), parties) == []
    )
    assert _named_parties_subject(fold("Trung tâm Phát triển quỹ đất huyện báo cáo"), parties) == []
    assert _named_parties_subject(fold("Các đơn vị báo cáo kết quả"), parties) == []


# h13fixYC: the last label's unmarked closing paragraphs: the funding sentence, another body's dated duty.

YC_PLAN = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC LƯƠNG
Số: 512/KH-SVHTTDL
KẾ HOẠCH
Tổ chức Ngày hội Văn hóa các dân tộc năm 2028
I. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý văn hóa:
a) Xây dựng thể lệ Ngày hội, trình Giám đốc Sở ban hành trước ngày 20/3/2028.
b) Thành lập Ban Giám khảo các nội dung thi; hoàn thành trong tháng 4/2028.
2. Văn phòng Sở:
Bảo đảm hậu cần, khánh tiết, phương tiện đưa đón các đoàn tham gia Ngày hội.
3. Đề nghị Ủy ban nhân dân các xã, phường
Thành lập đoàn tham gia Ngày hội, gửi danh sách về Sở trước ngày 25/4/2028.
Kinh phí tổ chức Ngày hội từ nguồn ngân sách tỉnh giao Sở năm 2028.
Phòng Quản lý văn hóa là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 05/6/2028.
"""


def test_the_last_labels_closing_paragraphs_are_no_duties_of_its_body():
    items = _xb_items(YC_PLAN)
    assert not any(item.content.startswith("Kinh phí") for item in items)
    focal = next(item for item in items if item.content.startswith("Phòng Quản lý văn hóa là"))
    assert focal.lead_text == "Phòng Quản lý văn hóa" and focal.due_text.endswith("05/6/2028")
    asked = next(item for item in items if item.content.startswith("Thành lập đoàn"))
    assert "Phòng Quản lý văn hóa" not in asked.content


def test_the_last_labels_closing_paragraphs_have_their_limits():
    # another body's undated paragraph stays the label's (led by it); so does a dated `Kinh phí …`
    undated = YC_PLAN.replace(", báo cáo UBND tỉnh trước ngày 05/6/2028.", ".")
    focal = next(item for item in _xb_items(undated) if item.content.startswith("Phòng Quản lý văn hóa là"))
    assert focal.lead_text == "Ủy ban nhân dân các xã, phường"
    dated = YC_PLAN.replace("năm 2028.\nPhòng", "năm 2028, quyết toán trước ngày 31/12/2028.\nPhòng")
    assert any(item.content.startswith("Kinh phí") for item in _xb_items(dated))
    # under a label that is not the last of its list, both stay the label's
    moved = YC_PLAN.replace(
        "3. Đề nghị Ủy ban nhân dân các xã, phường\nThành lập đoàn tham gia Ngày hội, gửi danh sách về Sở trước ngày 25/4/2028.\n",
        "",
    )
    moved = moved.replace(
        "1. Phòng Quản lý văn hóa:",
        "1. Đề nghị Ủy ban nhân dân các xã, phường\nThành lập đoàn tham gia Ngày hội trước ngày 25/4/2028.\nPhòng Thông tin tổng hợp danh sách các đoàn trước ngày 30/4/2028.\n2. Phòng Quản lý văn hóa:",
    )
    early = next(item for item in _xb_items(moved) if item.content.startswith("Phòng Thông tin tổng hợp"))
    assert early.lead_text == "Ủy ban nhân dân các xã, phường"
