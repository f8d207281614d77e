"""A dispatch to an office's divisions whose numbered points mix run-in unit labels (`1. Phòng X:
<task>`) with sentences opening with the unit addressed (`6. Văn phòng Y phối hợp Phòng Z <verb> …`);
a label naming an office of a numbered kind by its fields (`Phòng Thanh tra, kiểm tra số 1:`); a
parenthesised name whose hyphen wrapped to a line's start (`(qua Phòng Kế hoạch` / `- Tài chính)
…`); and the closing charge under a last title (prose_tasks, prose_facts, outline)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import outline, paragraphs, walk
from engine.importing.layouts.prose_facts import unit_heading
from engine.importing.layouts.prose_tasks import closing_charge
from tests.importing.helpers_blocks import context_of, document_of

DISPATCH = """
Kính gửi: Các phòng thuộc Chi cục; các Đội Kiểm lâm.
Để bảo vệ rừng mùa khô năm 2029, Chi cục Kiểm lâm yêu cầu các đơn vị thực hiện các nhiệm vụ sau:
1. Phòng Quản lý bảo vệ rừng: Xây dựng phương án phòng cháy rừng mùa khô, trình Chi cục trưởng trước ngày 15/01/2029.
2. Đội Kiểm tra, giám sát số 2: Tuần tra các tiểu khu rừng phòng hộ giáp ranh; thực hiện thường xuyên.
3. Phòng Pháp chế - Thanh tra: Thẩm định hồ sơ xử phạt vi phạm hành chính về lâm nghiệp; thực hiện thường xuyên.
4. Văn phòng Chi cục phối hợp Phòng Quản lý bảo vệ rừng tổng hợp số vụ cháy rừng, báo cáo Sở định kỳ hằng tháng.
5. Hạt Kiểm lâm huyện Lắk phối hợp Công an huyện Lắk truy quét khai thác gỗ trái phép, hoàn thành trước ngày 30/4/2029.
6. Các Hạt Kiểm lâm tham mưu Ủy ban nhân dân cấp xã kiện toàn tổ đội bảo vệ rừng; thực hiện thường xuyên.
Chi cục Kiểm lâm yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.
"""


def _by_ref(text):
    return {item.ref: item for item in prose_plan.recognise(context_of(text)).items}


def test_a_point_opening_with_its_unit_among_run_in_labels_is_led_by_that_unit():
    by_ref = _by_ref(DISPATCH)
    assert by_ref["4"].lead == "Văn phòng Chi cục"  # its partner leads nothing
    assert by_ref["5"].lead == "Hạt Kiểm lâm huyện Lắk"
    assert by_ref["1"].lead == "Phòng Quản lý bảo vệ rừng"


def test_every_unit_of_a_kind_opening_a_point_leads_nothing_and_stays_a_task():
    by_ref = _by_ref(DISPATCH)
    assert by_ref["6"].lead == ""
    assert set(by_ref) == {"1", "2", "3", "4", "5", "6"}


def test_among_unlabelled_points_a_unit_opening_one_is_no_lead_read_here():
    plain = DISPATCH.replace("Phòng Quản lý bảo vệ rừng: Xây", "Phòng Quản lý bảo vệ rừng xây").replace(
        "Phòng Pháp chế - Thanh tra: Thẩm", "Phòng Pháp chế - Thanh tra thẩm"
    )
    found = prose_plan.recognise(context_of(plain))
    # one run-in label is left (point 2): no list of labels for the points to stand beside
    assert found is None or all(item.ref != "4" or item.lead != "Văn phòng Chi cục" for item in found.items)


def test_lettered_points_beside_run_in_labels_read_the_same():
    text = """
1. Nhiệm vụ của các đơn vị
a) Phòng Kế toán: Hướng dẫn đối chiếu số dư tài khoản; hoàn thành trước ngày 15/12/2029.
b) Phòng Kiểm soát chi: Đôn đốc thu hồi tạm ứng quá hạn trước ngày 10/12/2029.
c) Phòng Giao dịch số 2 phối hợp Phòng Tài chính quận rà soát các khoản chi chuyển nguồn, hoàn thành trước ngày 31/01/2030.
"""
    by_ref = {item.content[:20]: item for item in prose_plan.recognise(context_of(text)).items}
    assert by_ref["Phòng Giao dịch số 2"].lead == "Phòng Giao dịch số 2"


def test_an_office_of_a_numbered_kind_named_by_its_fields_is_a_run_in_label():
    assert unit_heading("Phòng Thanh tra, kiểm tra số 1: Hoàn thành 100% số cuộc thanh tra.") == (
        "Phòng Thanh tra, kiểm tra số 1",
        "Hoàn thành 100% số cuộc thanh tra.",
    )
    assert (
        unit_heading("Đội Kiểm tra, giám sát số 2: Tuần tra các tiểu khu rừng.")[0]
        == "Đội Kiểm tra, giám sát số 2"
    )
    # a number inside the head is no office's number: a verb's object (`kiểm tra 20 đơn vị`)
    assert unit_heading("Phòng Thanh tra, kiểm tra 20 đơn vị trong quý: Hoàn thành báo cáo.") is None


def test_a_hyphen_wrapped_to_a_lines_start_inside_a_parenthesis_continues_the_name():
    document = document_of(
        """
9. Phòng Công nghệ thông tin nâng cấp đường truyền trước ngày 30/9/2029.
Các đơn vị báo cáo kết quả thực hiện về Chi cục (qua Phòng Kế hoạch
- Tài chính) trước ngày 05 hằng tháng để tổng hợp.
"""
    )
    texts = [text for _line, text in paragraphs(document)]
    assert any(
        text.endswith("(qua Phòng Kế hoạch - Tài chính) trước ngày 05 hằng tháng để tổng hợp.")
        for text in texts
    )
    assert not any(node.kind == "dash" for node in walk(outline(document)))


def test_a_dash_line_under_a_closed_parenthesis_is_still_a_dash_point():
    document = document_of(
        """
Kính gửi:
- Các phòng thuộc Chi cục (để thực hiện);
- Các Hạt Kiểm lâm (để thực hiện).
"""
    )
    texts = [text for _line, text in paragraphs(document)]
    assert "- Các Hạt Kiểm lâm (để thực hiện)." in texts


def test_the_closing_charge_is_no_task():
    assert closing_charge("Chi cục Kiểm lâm yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.")
    assert closing_charge("Kho bạc Nhà nước thành phố đề nghị các đơn vị nghiêm túc thực hiện./.")
    # a request with a time of its own is a task
    assert not closing_charge("Đề nghị các đơn vị triển khai thực hiện, báo cáo trước ngày 20/12/2029.")
    # a named unit asked is no charge to every unit
    assert not closing_charge("Chi cục đề nghị Phòng Kế hoạch triển khai thực hiện./.")


def test_the_closing_charge_under_a_last_title_is_no_item():
    text = """
1. Nhiệm vụ
a) Phòng Kế toán: Hướng dẫn đối chiếu số dư tài khoản; hoàn thành trước ngày 15/12/2029.
b) Phòng Kiểm soát chi: Đôn đốc thu hồi tạm ứng quá hạn trước ngày 10/12/2029.
2. Chế độ báo cáo
Các đơn vị gửi báo cáo tiến độ về Kho bạc (qua Phòng Kế toán) trước 16 giờ thứ Sáu hằng tuần.
Kho bạc Nhà nước thành phố yêu cầu Trưởng các đơn vị nghiêm túc triển khai thực hiện./.
"""
    contents = [item.content for item in prose_plan.recognise(context_of(text)).items]
    assert any(content.startswith("Các đơn vị gửi báo cáo tiến độ") for content in contents)
    assert not any("nghiêm túc triển khai" in content for content in contents)


LETTER = """
Kính gửi:
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Sở Giáo dục và Đào tạo;
- Các phòng thuộc Sở.
Để phòng, chống dịch sốt xuất huyết năm 2029, Sở Y tế đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:
1. Các phòng thuộc Sở:
- Phòng Nghiệp vụ Y: tổng hợp số ca mắc, báo cáo Giám đốc Sở trước ngày 15/3/2029.
- Văn phòng Sở: bố trí xe cho đoàn giám sát trong tháng 3/2029.
2. Trung tâm Kiểm soát bệnh tật tỉnh bố trí cán bộ giám sát ổ dịch tại các xã trong Quý I/2029.
3. Đề nghị Sở Giáo dục và Đào tạo thông báo đến các trường học tổ chức diệt lăng quăng hằng tuần.
4. Trung tâm Văn hóa tỉnh tổ chức tuyên truyền trên xe lưu động trong Quý II/2029.
Sở Y tế đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.
"""


def test_a_numbered_point_opening_with_a_body_the_letter_is_addressed_to_is_its_own():
    by_ref = _by_ref(LETTER)
    assert by_ref["2"].lead == "Trung tâm Kiểm soát bệnh tật tỉnh"
    # `Đề nghị X thông báo đến …`: announcing to others ends the body's name
    assert by_ref["3"].lead == "Sở Giáo dục và Đào tạo"
    # a body the letter is not addressed to is no lead read so
    assert by_ref["4"].lead != "Trung tâm Văn hóa tỉnh"


def test_announcing_ends_a_name_only_with_whom_or_how_it_is_made_known():
    from engine.importing.layouts.prose_facts import assignment_in

    assert assignment_in("Đề nghị Sở Tài chính thông báo cho các đơn vị dự toán.").lead == "Sở Tài chính"
    # the paper (`đăng thông báo`, `Thông báo số …`) is no act of announcing
    assert assignment_in("Văn phòng Sở đăng thông báo cho các đơn vị.").lead == "Văn phòng Sở"
    found = assignment_in("Sở Tài chính thông báo số 12 về dự toán.")
    assert found is None or found.lead != "Sở Tài chính"


def test_a_quarters_roman_number_wrapped_to_the_next_line_continues_it():
    document = document_of(
        """
2. Thanh tra Sở kiểm tra các cơ sở hành nghề y tư nhân; thời gian trong Quý
III/2029.
3. Văn phòng Sở tổng hợp kết quả trong quý
II. TỔ CHỨC THỰC HIỆN
"""
    )
    texts = [text for _line, text in paragraphs(document)]
    assert any(text.endswith("thời gian trong Quý III/2029.") for text in texts)
    # a Roman heading (`II. …`) under a line ending `quý` stays a heading
    assert "II. TỔ CHỨC THỰC HIỆN" in texts
