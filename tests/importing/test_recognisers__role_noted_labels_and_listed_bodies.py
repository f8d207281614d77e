"""A dispatch whose numbered labels only name the unit, one closed by a note of its role (`2. Ban
Quản lý dự án (đơn vị thực hiện dự án)`), over the unit's lettered points; a request to a list of
named bodies too long for one name (`Đề nghị Hội A tỉnh, Tỉnh Đoàn, … chỉ đạo …`); and the closing
sentences that open with a round or a condition before whom they ask (prose_facts, prose_tasks)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import assignment_in, unit_heading
from engine.importing.layouts.prose_tasks import _courtesy_closing
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
