"""Conclusions that give the chair's directions as speech (`Về …, Giám đốc chỉ đạo: “<body> …”`): the
quoted words are the task, the body they (or the framing words) name leads, words that only exhort are
no task; a quoted sentence ends at the stop inside its closing quotation mark; `việc này làm thường
xuyên` says the task is a standing one."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.layouts import conclusions
from engine.importing.layouts.outline import _continues, _runs_to_margin
from engine.importing.layouts.prose_facts import due_in, quoted_direction
from tests.importing.helpers_blocks import context_of


def test_the_quoted_words_are_the_task_and_the_body_they_name_leads():
    words, found = quoted_direction(
        "Về nước sạch, đồng chí Chủ tịch chỉ đạo: “Phòng Kinh tế kiểm tra các trạm cấp nước, báo cáo "
        "trước ngày 12/8/2027.”"
    )
    assert words.startswith("Phòng Kinh tế kiểm tra")
    assert found.lead == "Phòng Kinh tế"
    assert due_in(words) == "trước ngày 12/8/2027"
    # straight quotation marks, and a topic alone before them
    words, found = quoted_direction('Về đê điều: "Ban Chỉ huy Quân sự xã tuần tra đê trong tháng 9/2027."')
    assert found.lead == "Ban Chỉ huy Quân sự xã"


def test_the_body_the_framing_addresses_leads_words_that_name_none():
    words, found = quoted_direction(
        "Về khuyến học, Hiệu trưởng giao Chi đoàn giáo viên: “Đến 15/10/2027 lập xong quỹ học bổng.”"
    )
    assert words.startswith("Đến 15/10/2027")
    assert found.lead == "Chi đoàn giáo viên"
    _words, found = quoted_direction(
        "Giám đốc yêu cầu Khoa Nhi: “Trong tháng 11/2027 phải mở thêm buồng cách ly.”"
    )
    assert found.lead == "Khoa Nhi"
    # without quotation marks, after a verb of speech with its speaker before it
    words, found = quoted_direction(
        "Về hồ sơ, Chủ tịch lưu ý Tổ Một cửa: rà soát hồ sơ trễ hạn trước ngày 05/9/2027."
    )
    assert words.startswith("rà soát hồ sơ") and found.lead == "Tổ Một cửa"


def test_words_that_only_exhort_are_no_task_and_a_task_after_them_is():
    assert quoted_direction("Đồng chí Chủ tịch nói: “Làm cán bộ thì phải gần dân, hiểu dân.”") == ("", None)
    words, found = quoted_direction(
        "Giám đốc nói rõ: “Chúng ta không thể chậm nữa.” Phòng Tài chính lập dự toán bổ sung trước ngày 02/10/2027."
    )
    assert words.startswith("Phòng Tài chính lập") and found.lead == "Phòng Tài chính"


def test_what_is_not_speech_is_left_as_it_was():
    # a theme in quotation marks after a task's own words, and a bare run-in assignment
    assert quoted_direction("Giao Phòng Văn hóa tổ chức hội thi với chủ đề: “Quê hương em đổi mới”") is None
    assert quoted_direction("Giao Phòng Nội vụ: rà soát vị trí việc làm trước ngày 30/9/2027.") is None
    assert quoted_direction("Phòng Nội vụ rà soát vị trí việc làm trước ngày 30/9/2027.") is None


def test_a_quoted_sentence_ends_at_the_stop_inside_its_closing_quotation_mark():
    before = "Về điện, Giám đốc chỉ đạo: “Phòng Hành chính thay dây dẫn trước ngày 20/8/2027.”"
    assert not _continues("Về nước, Giám đốc chỉ đạo: “Phòng Vật tư …", before, True)
    assert not _runs_to_margin(before, "Về nước, Giám đốc chỉ đạo: …", len(before))
    assert _runs_to_margin("Về điện, Giám đốc chỉ đạo: “Phòng Hành chính thay dây", "dẫn trước …", 52)


def test_a_task_done_as_a_standing_one_is_ongoing():
    assert (
        due_in("Hội Nông dân chủ trì vận động; việc này làm thường xuyên, không làm theo đợt.")
        == "thường xuyên"
    )
    assert due_in("Tổ công tác kiểm tra; cập nhật thường xuyên lên trang của xã.") == ""


def test_a_notice_of_directions_as_speech_under_roman_sections():
    text = """
THÔNG BÁO
Kết luận của Giám đốc Trung tâm Y tế tại cuộc họp giao ban tháng 7/2027
I. ĐÁNH GIÁ CHUNG
Các khoa, phòng hoàn thành cơ bản kế hoạch tháng 7/2027.
II. NHIỆM VỤ THÁNG 8/2027
Về tiêm chủng, Giám đốc chỉ đạo: “Khoa Kiểm soát bệnh tật rà soát trẻ chưa tiêm đủ mũi, báo cáo trước ngày 10/8/2027.”
Giám đốc nhấn mạnh: “Không để xảy ra sai sót chuyên môn.”
Về dược, Giám đốc giao Khoa Dược: “Trong tháng 8/2027 phải đấu thầu xong thuốc bổ sung.”
III. TỔ CHỨC THỰC HIỆN
Phòng Kế hoạch - Nghiệp vụ theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo tại cuộc họp giao ban tháng 9/2027.
"""
    found = conclusions.recognise(context_of(text))
    assert [(item.content[:20], item.lead, item.due) for item in found.items] == [
        ("Khoa Kiểm soát bệnh ", "Khoa Kiểm soát bệnh tật", "trước ngày 10/8/2027"),
        ("Trong tháng 8/2027 p", "Khoa Dược", "Trong tháng 8/2027"),
        ("Phòng Kế hoạch - Ngh", "Phòng Kế hoạch - Nghiệp vụ", "tại cuộc họp giao ban tháng 9/2027"),
    ]
