"""Notices of conclusions: the chair's assessment as at a day (`Đến ngày …, … mới đạt …%`), a run-in
unit label read inline (not a guess), an anniversary's span of years beside a task's deadline, a time
set by another body's summons, promptness (`kịp thời khi …`) that is no time, and the measuring stick
leaving a lead's run-in label out of the first words whatever its length."""

from types import SimpleNamespace

from engine.deadlines.parsing import parse_due
from engine.importing.build import import_document
from engine.importing.evaluation import match_items
from engine.importing.layouts.conclusions import tells_how_things_stand
from engine.importing.layouts.prose_facts import due_in
from engine.importing.model import ImportedItem


def _item(content: str, due: str = "", lead: str = ""):
    return SimpleNamespace(content=content, due=due, lead=lead)


def test_an_assessment_as_at_a_day_is_no_task():
    text = "Tính đến hết tháng 9/2028, thu ngân sách toàn xã mới đạt 57% dự toán, thấp hơn cùng kỳ."
    assert tells_how_things_stand(_item(text, due="hết tháng 9/2028"))
    text = "Đến ngày 15/10/2028, các trường đã bàn giao 40 phòng học mới; còn 6 phòng chưa xong."
    assert tells_how_things_stand(_item(text, due="Đến ngày 15/10/2028"))
    # a target to reach by that day, or a unit told to do something, is a task
    text = "Đến ngày 30/11/2028, tỷ lệ hồ sơ trực tuyến phải đạt 80%."
    assert not tells_how_things_stand(_item(text, due="Đến ngày 30/11/2028"))
    text = "Đến ngày 30/11/2028, giao Phòng Văn hóa đã rà soát xong, báo cáo kết quả."
    assert not tells_how_things_stand(_item(text, due="Đến ngày 30/11/2028"))
    # another deadline than the opening's day is the task's own
    text = "Đến ngày 15/10/2028, các trường đã bàn giao 40 phòng học; hoàn thành số còn lại trước 30/11/2028."
    assert not tells_how_things_stand(_item(text, due="trước 30/11/2028"))


NOTICE = (
    "THÔNG BÁO\n"
    "Kết luận của Giám đốc Sở Tư pháp tại cuộc họp giao ban quý III năm 2028\n"
    "1. Đến ngày 30/9/2028, toàn ngành mới đạt 61% chỉ tiêu số hóa sổ hộ tịch.\n"
    "2. Nhiệm vụ thời gian tới:\n"
    "a) Giao Phòng Hành chính tư pháp chủ trì hướng dẫn các xã số hóa sổ hộ tịch; hoàn thành trước ngày "
    "30/11/2028.\n"
    "b) Trung tâm Trợ giúp pháp lý nhà nước và Tư vấn pháp luật khu vực miền núi phía Tây: Tổ chức trợ "
    "giúp pháp lý lưu động tại các xã vùng cao trước ngày 15/12/2028.\n"
    "c) Phòng Phổ biến, giáo dục pháp luật: Cập nhật tài liệu tuyên truyền. Thời gian: thường xuyên.\n"
    "d) UBND xã Tân Lập hoàn thành số hóa sổ hộ tịch trước ngày 20/11/2028.\n"
    "e) Giao Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở hằng tháng.\n"
    "3. Đề nghị Công an tỉnh phối hợp cung cấp thông tin dân cư kịp thời khi có yêu cầu xác minh.\n"
    "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.\n"
)


def test_a_notice_with_a_few_run_in_labels_is_read_as_conclusions():
    imported = import_document(NOTICE.encode(), "tb.txt", units=[], year=2028)
    assert imported.layout.startswith("conclusions")
    contents = [item.content for item in imported.items]
    assert not any(text.startswith("Đến ngày 30/9/2028") for text in contents)  # the assessment
    by_start = {item.content[:12]: item for item in imported.items}
    assert by_start["UBND xã Tân "].lead_text == "UBND xã Tân Lập"
    assert by_start["Trung tâm Tr"].lead_text.endswith("khu vực miền núi phía Tây")
    assert not by_start["Đề nghị Công"].due_text  # promptness on each request, no time


def test_an_anniversarys_span_of_years_is_no_deadline():
    text = (
        "Chuẩn bị Lễ kỷ niệm 80 năm Ngày thành lập ngành (28/8/1948 - 28/8/2028); hoàn thành trước "
        "ngày 20/8/2028."
    )
    assert due_in(text) == "trước ngày 20/8/2028"
    assert due_in("Tổ chức mít tinh kỷ niệm 50 năm thành lập trường (05/9/1978 – 05/9/2028).") == ""
    # a span of two different days is a time as before
    assert due_in("Tổ chức ngày hội (05/9/2028 - 07/9/2028).") != ""


def test_a_time_set_by_another_bodys_summons_is_for_a_person_to_set():
    text = "Chuẩn bị báo cáo giải trình; hoàn thành theo triệu tập của Thường trực HĐND tỉnh."
    assert due_in(text) == "theo triệu tập của Thường trực HĐND tỉnh"
    due = parse_due(due_in(text), year=2028)
    assert due.date is None and due.needs_review
    assert due_in("Chuẩn bị tài liệu kỳ họp, thực hiện theo giấy mời của Ban Pháp chế.") == (
        "theo giấy mời của Ban Pháp chế"
    )


def test_promptness_on_each_case_is_no_time_but_a_condition_alone_is():
    assert due_in("Kiểm soát chi, thanh toán kịp thời khi có đủ hồ sơ hợp lệ.") == ""
    assert due_in("Xử lý kịp thời khi phát hiện vi phạm về đất đai.") == ""
    assert due_in("Tổ chức diễn tập ứng phó khi có bão, lũ.") != ""


def _imported(content: str, lead: str = "") -> ImportedItem:
    return ImportedItem(
        position=1, ref=None, section=None, content=content, lead_text=lead, lead_units=[], due_text=None
    )


def test_the_measuring_stick_leaves_a_leads_run_in_label_out_whatever_its_length():
    label = "Trung tâm Trợ giúp pháp lý nhà nước và Tư vấn pháp luật khu vực miền núi phía Tây"
    produced = [_imported(f"{label}: Tổ chức trợ giúp pháp lý lưu động tại các xã vùng cao.", lead=label)]
    wanted = [{"where": "b)", "first_words": "Tổ chức trợ giúp pháp lý lưu động"}]
    assert match_items(wanted, produced) == [(0, 0)]
    # … but only where the label is the item's lead
    produced = [_imported(f"{label}: Tổ chức trợ giúp pháp lý lưu động tại các xã vùng cao.")]
    assert match_items(wanted, produced) == []


def test_a_place_named_after_a_day_is_no_deadline():
    text = "Tổ chức Hội chợ hàng Việt tại Quảng trường 19/8, từ ngày 03 đến 06/02/2028."
    assert due_in(text) == "đến 06/02/2028"
    assert due_in("Lắp đặt đèn trang trí trên Đường 30/4 xong trước 10/4/2028.") == "trước 10/4/2028"
    # the kind in lower case, or a day with its year, is a time as before
    assert due_in("Tổng vệ sinh quanh chợ 10/3.") == "10/3"
    assert due_in("Khai trương Chợ 10/3/2028.") != ""
