"""A division's two-part name joined by a dash whose second part opens like a verb (`Phòng Lãnh sự -
Hợp tác quốc tế`, `Phòng Truyền thông - Vận động nguồn lực`) is told from a dash before the task by
what follows the second part: the sentence's predicate opening there, after the parent body noted in
parentheses (`… (Sở Ngoại vụ) là đơn vị đầu mối …`, prose_facts.parent_note_end) or after a manner
word right before the verb (`… thường xuyên đăng tải …`); such a name is no run-in label
(`_dash_label`) and leads its point (prose_tasks._past_own_short_form). An event's day closing its
clause may have its place and its doer after it (`khởi hành ngày 01/02/2027 tại … (Phòng X).`); and
under TỔ CHỨC THỰC HIỆN a dated request to every place's body of a kind (`Đề nghị Ban Thường vụ các
huyện, thị, thành đoàn … trước ngày …`) is an item without a lead (prose_tasks._dated_duty)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import (
    assignment_in,
    dashed_part,
    due_in,
    parent_note_end,
    unit_heading,
)
from tests.importing.helpers_blocks import context_of


def _lead(text: str) -> str:
    found = assignment_in(text)
    assert found is not None
    return found.lead


def test_the_parent_noted_before_the_verb_closes_a_dashed_name():
    assert _lead(
        "Phòng Kinh tế - Hợp tác đầu tư (Sở Kế hoạch) là cơ quan đầu mối, theo dõi việc thực hiện."
    ) == ("Phòng Kinh tế - Hợp tác đầu tư")
    assert _lead("Trung tâm Dữ liệu - Chuyển đổi số (Sở KHCN) tham mưu xây dựng kho dữ liệu dùng chung.") == (
        "Trung tâm Dữ liệu - Chuyển đổi số"
    )
    # a second part that opens with a verb of the lists too (`Hướng dẫn`)
    assert dashed_part("Hướng dẫn khách hàng (Công ty Điện lực) là đầu mối tiếp nhận phản ánh.") == (
        "Hướng dẫn khách hàng"
    )
    assert parent_note_end("(Ban Quản lý các khu kinh tế) tham mưu …") == len(
        "(Ban Quản lý các khu kinh tế) "
    )


def test_a_parenthesis_that_is_no_parent_before_a_verb_leaves_the_dash_a_tasks():
    # the doer closing the task, a time, a partner in lower case, a person: no parent before a verb
    assert _lead("Phòng Nội vụ - Rà soát hồ sơ cán bộ (Phòng Tư pháp).") == "Phòng Nội vụ"
    assert dashed_part("Hợp tác quốc tế (05/9/2027) tổ chức giao lưu.") == ""
    assert _lead("Phòng Nội vụ - Rà soát hồ sơ (phối hợp Phòng Tư pháp) báo cáo Sở.") == "Phòng Nội vụ"
    assert parent_note_end("(Đồng chí Lê Văn An) theo dõi …") == 0
    assert parent_note_end("(Sở Ngoại vụ).") == 0
    assert parent_note_end("(Sở Ngoại vụ, Sở Nội vụ) theo dõi …") == 0


def test_a_manner_word_before_the_verb_closes_a_dashed_name():
    assert _lead(
        "Phòng Báo chí - Tuyên truyền đối ngoại thường xuyên cập nhật tin, bài trên Cổng thông tin."
    ) == ("Phòng Báo chí - Tuyên truyền đối ngoại")
    assert (
        _lead("Ban Tài chính - Vận động quỹ chủ động liên hệ các nhà tài trợ.")
        == "Ban Tài chính - Vận động quỹ"
    )
    assert _lead("Phòng Dịch vụ - Kiểm tra chất lượng khẩn trương hoàn thành quy trình mới.") == (
        "Phòng Dịch vụ - Kiểm tra chất lượng"
    )


def test_a_manner_word_that_follows_the_tasks_object_or_opens_the_task_is_no_predicate():
    # `định kỳ`, `kịp thời` as often say how the act before them is done: the dash opens the task
    assert _lead("Phòng Nội vụ - Rà soát hồ sơ định kỳ báo cáo Sở.") == "Phòng Nội vụ"
    assert _lead("Phòng Nội vụ - Xử lý hồ sơ kịp thời báo cáo Sở.") == "Phòng Nội vụ"
    # the manner word right after the dash, or after a comma: the task's own
    assert _lead("Tổ Ngữ văn - Thường xuyên kiểm tra hồ sơ chuyên môn.") == "Tổ Ngữ văn"
    assert dashed_part("Rà soát hồ sơ, thường xuyên báo cáo Sở.") == ""
    # no verb after the manner word: no predicate opens there
    assert dashed_part("Kiểm tra hồ sơ thường xuyên.") == ""


def test_such_a_name_is_no_run_in_label():
    assert (
        unit_heading(
            "Phòng Truyền thông - Vận động nguồn lực thường xuyên đăng tải thông tin các hoạt động trên trang thông tin điện tử."
        )
        is None
    )
    # a dash before the task of eight words or more still labels it
    assert unit_heading("Tổ Ngữ văn - Xây dựng chuyên đề dạy học tích hợp cho học sinh khối 11.") == (
        "Tổ Ngữ văn",
        "Xây dựng chuyên đề dạy học tích hợp cho học sinh khối 11.",
    )


def test_an_events_day_closing_its_clause_before_its_place_and_doer():
    assert (
        due_in(
            "Tổ chức 12 chuyến xe đưa công nhân về quê, khởi hành ngày 01/02/2027 tại Nhà Văn hóa Thanh niên tỉnh (Phòng Hoạt động)."
        )
        == "ngày 01/02/2027"
    )
    assert due_in("Tổ chức hội thi, khai mạc ngày 20/5/2028 tại Hội trường Ban Quản lý.") == "ngày 20/5/2028"
    assert due_in("Trao quà cho các hộ nghèo, trao ngày 15/01/2028 (Hội Chữ thập đỏ).") == "ngày 15/01/2028"


def test_a_day_with_more_than_a_place_after_it_is_read_as_before():
    # a place with a number, a later clause, a parenthesis holding a time: the day closes nothing
    assert due_in("Tổ chức hội thi ngày 20/5/2028 tại Phòng 2.05.") == ""
    assert due_in("Tổ chức hội thi ngày 20/5/2028 tại Hội trường, sau đó báo cáo kết quả.") == ""
    # a day citing a document is no task's time
    assert due_in("Thực hiện Kế hoạch ký ngày 14/10/2026 tại Viêng Chăn.") == ""


PLAN = """
KẾ HOẠCH
Tổ chức hoạt động tình nguyện hè năm 2028
I. NỘI DUNG
1. Chương trình "Hè vì đàn em"
a) Tổ chức lớp kỹ năng sống cho thiếu nhi, khai giảng ngày 05/6/2028 tại Nhà Thiếu nhi tỉnh (Phòng Thiếu nhi - Trường học).
b) Vận động 200 suất học bổng cho học sinh nghèo, hoàn thành trước ngày 20/7/2028 (Phòng Truyền thông - Vận động nguồn lực).
II. TỔ CHỨC THỰC HIỆN
1. Phòng Hành chính - Tổng hợp bố trí kinh phí cho các hoạt động của Kế hoạch.
2. Phòng Truyền thông - Vận động nguồn lực thường xuyên đăng tải thông tin các hoạt động trên trang của Trung tâm.
3. Đề nghị Ban Thường vụ các huyện, thị, thành đoàn giới thiệu đoàn viên tham gia, gửi danh sách về Trung tâm trước ngày 25/5/2028.
4. Phòng Thiếu nhi - Trường học tổng hợp kết quả, báo cáo Tỉnh đoàn trước ngày 30/8/2028.
"""


def test_a_plans_points_read_with_their_dashed_names_days_and_every_places_request():
    found = prose_plan.recognise(context_of(PLAN))
    by_start = {item.content[:24]: item for item in found.items}
    course = by_start["Tổ chức lớp kỹ năng sống"]
    assert (course.lead, course.due) == ("Phòng Thiếu nhi - Trường học", "ngày 05/6/2028")
    posting = by_start["Phòng Truyền thông - Vận"]
    assert posting.lead == "Phòng Truyền thông - Vận động nguồn lực"
    request = by_start["Đề nghị Ban Thường vụ cá"]
    assert (request.lead, request.due) == ("", "trước ngày 25/5/2028")
    assert len(found.items) == 6


def test_an_undated_request_to_every_places_body_stays_no_item_of_a_labelled_plan():
    undated = PLAN.replace(", gửi danh sách về Trung tâm trước ngày 25/5/2028", "")
    found = prose_plan.recognise(context_of(undated))
    assert not any(item.content.startswith("Đề nghị Ban Thường vụ") for item in found.items)


def test_a_points_subject_is_read_past_the_parent_noted_after_its_dashed_name():
    from engine.importing.layouts.prose_tasks import _past_own_short_form, _subject_body

    name = "Trung tâm Thông tin - Xúc tiến du lịch"
    assert _past_own_short_form(" (Sở VHTTDL) tham mưu xây dựng …", name) == " tham mưu xây dựng …"
    found = _subject_body(f"{name} (Sở VHTTDL) tham mưu xây dựng bộ ấn phẩm quảng bá.")
    assert found is not None and found.lead == name
    # after a name with no dash the note may name a partner: not passed over
    assert (
        _past_own_short_form(" (Sở VHTTDL) tham mưu …", "Phòng Quản lý du lịch") == " (Sở VHTTDL) tham mưu …"
    )


def test_a_dashed_name_before_its_councils_short_form_and_level_is_whole():
    # (held-out h745, siblings yj2, yj3) the committee's second part, then the council or federation
    # whose committee it is by its short form in capitals and its level, then the verb
    assert _lead("Ban Kinh tế - Ngân sách HĐND xã thẩm tra báo cáo dự toán ngân sách năm 2030.") == (
        "Ban Kinh tế - Ngân sách HĐND xã"
    )
    assert _lead("Ban Đô thị - Giao thông HĐND thành phố khảo sát tiến độ các dự án giao thông.") == (
        "Ban Đô thị - Giao thông HĐND thành phố"
    )
    assert _lead("Ban Tuyên giáo - Nữ công LĐLĐ tỉnh hướng dẫn các công đoàn cơ sở tổ chức hội thi.") == (
        "Ban Tuyên giáo - Nữ công LĐLĐ tỉnh"
    )
    assert dashed_part("Ngân sách HĐND huyện thẩm tra báo cáo quyết toán.") == "Ngân sách"


def test_a_short_form_without_its_level_does_not_close_a_dashed_name():
    # a short form alone is no parent body: the dash ends the name, as before
    assert dashed_part("Ngân sách NSNN thẩm tra báo cáo quyết toán.") == ""
    # nor a word in capitals that is a time or a number
    assert dashed_part("Ngân sách QUÝ2 huyện thẩm tra báo cáo.") == ""
