"""Prose shapes whose lead sits in parentheses or whose tasks are only a part of the document: a
task's closing parenthesis `(<unit> chủ trì; <time>)`, a topic heading's `(<unit>):`, a report whose
items are only its forward-looking part, an unnumbered closing `Giao <unit> …` paragraph, and dates
that are durations (`24/24 giờ`, `24/7`). Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import (
    closing_parenthesis,
    due_in,
    heading_unit_in_parentheses,
    labelled_fields,
)
from tests.importing.helpers_blocks import context_of


def _first(item) -> str:
    return " ".join(item.content.split()[:3])


PARENTHESES = """
KẾ HOẠCH
Chuyển đổi số năm 2027
I. MỤC TIÊU
Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% (Sở Nội vụ; theo dõi).
II. NHIỆM VỤ
1. Hạ tầng số
- Nâng cấp đường truyền mạng nội bộ tại bộ phận một cửa (Phòng Văn hóa và Thông tin chủ trì, phối hợp Công an xã; trong quý II/2027).
- Trang bị máy quét tài liệu cho các thôn (Văn phòng HĐND và UBND xã; Quý III/2027).
2. Dữ liệu số
- Cập nhật dữ liệu dân cư trên hệ thống (Tổ Công nghệ số cộng đồng; thường xuyên).
- Tập huấn kỹ năng số cho cán bộ thôn (Đoàn Thanh niên xã chủ trì).
- Báo cáo kết quả số hóa về Sở Khoa học và Công nghệ (b/c).
"""


def test_a_tasks_closing_parenthesis_gives_its_lead_coordinating_units_and_time():
    found = prose_plan.recognise(context_of(PARENTHESES))
    got = [(_first(item), item.lead, item.coordinating, item.due) for item in found.items]
    assert got == [
        ("Nâng cấp đường", "Phòng Văn hóa và Thông tin", "Công an xã", "trong quý II/2027"),
        ("Trang bị máy", "Văn phòng HĐND và UBND xã", "", "Quý III/2027"),
        ("Cập nhật dữ", "Tổ Công nghệ số cộng đồng", "", "thường xuyên"),
        ("Tập huấn kỹ", "Đoàn Thanh niên xã", "", ""),
        ("Báo cáo kết", "", "", ""),
    ]  # the objective (I) is no task; `(b/c)` names no body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lập danh sách hộ nghèo năm 2027 (Phòng Văn hóa - Xã hội chủ trì; trước 30/6/2027).",
            ("Phòng Văn hóa - Xã hội", "trước 30/6/2027"),
        ),
        ("Sửa chữa trụ sở xã (Ban Quản lý dự án; khi có vốn).", ("Ban Quản lý dự án", "khi có vốn")),
        ("Khám sàng lọc cho học sinh lớp 1 (Khoa Nhi chủ trì).", ("Khoa Nhi", "")),
        # a name without a time or `chủ trì`, an example, a note: no lead
        ("Tập huấn cho cán bộ (Sở Nội vụ).", None),
        ("Rà soát văn bản quy phạm pháp luật (năm 2027; theo kế hoạch).", None),
        ("Tổ chức hội nghị (đợt 1; tháng 3).", None),
        ("Khám (Khoa Nhi chủ trì).", None),  # a parenthesis that is most of the text
    ],
)
def test_closing_parenthesis(text, expected):
    found = closing_parenthesis(text)
    assert (found and (found.lead, found.time)) == expected


def test_a_heading_names_its_unit_in_parentheses():
    assert heading_unit_in_parentheses("2. Công tác văn thư, lưu trữ (Văn phòng Sở):") == "Văn phòng Sở"
    assert heading_unit_in_parentheses("3. Công tác y tế học đường (Tổ Y tế chủ trì)") == "Tổ Y tế"
    assert heading_unit_in_parentheses("1. Triển khai Đề án (Đề án 06):") == ""
    assert heading_unit_in_parentheses("4. Công tác dân số (giai đoạn 2026 - 2030):") == ""


REPORT = """
BÁO CÁO
Kết quả công tác quý III, phương hướng nhiệm vụ quý IV năm 2027
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác thu ngân sách
Phòng Tài chính - Kế hoạch đã hoàn thành thu ngân sách đạt 82% dự toán trước ngày 30/9/2027.
II. KHÓ KHĂN, VƯỚNG MẮC
Trung tâm Phát triển quỹ đất chưa bàn giao mặt bằng trước ngày 15/8/2027 theo kế hoạch.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV
1. Công tác đầu tư công (Ban Quản lý dự án đầu tư xây dựng):
- Đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành trước 20/12/2027.
- Quyết toán các công trình đã hoàn thành trong tháng 11/2027.
2. Công tác môi trường (Phòng Nông nghiệp và Môi trường):
- Kiểm tra các cơ sở chăn nuôi gần khu dân cư; thời gian: tháng 10/2027.
3. Văn phòng HĐND và UBND cập nhật tiến độ các nhiệm vụ trọng tâm hằng tuần.
IV. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị UBND tỉnh bổ sung vốn cho dự án đường liên xã trước ngày 30/10/2027.
"""


def test_a_report_holds_its_items_in_its_forward_part_led_by_the_headings_unit():
    found = prose_plan.recognise(context_of(REPORT))
    got = [(_first(item), item.lead, item.due) for item in found.items]
    assert got == [
        ("Đẩy nhanh tiến", "Ban Quản lý dự án đầu tư xây dựng", "trước 20/12/2027"),
        ("Quyết toán các", "Ban Quản lý dự án đầu tư xây dựng", "trong tháng 11/2027"),
        (
            "Kiểm tra các",
            "Phòng Nông nghiệp và Môi trường",
            "tháng 10/2027",
        ),  # the inline label is a field: its value
        ("Văn phòng HĐND", "Văn phòng HĐND và UBND", "hằng tuần"),  # its subject, beside the headings
    ]  # results (I), difficulties (II) and requests (IV) are no items
    assert "guessed_lead" in found.items[-1].reasons


DIRECTIVE = """
CHỈ THỊ
Về phòng, chống dịch bệnh gia súc
1. Trưởng phòng Nông nghiệp:
- Tiêm phòng đợt 1 cho đàn gia súc trước ngày 30/4/2027.
2. Chủ tịch UBND các xã:
- Lập chốt kiểm dịch tạm thời tại các điểm giáp ranh.
Giao Phòng Nông nghiệp theo dõi, tổng hợp tình hình dịch bệnh; báo cáo hằng tuần.
Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này.
"""


def test_an_unnumbered_closing_giao_paragraph_is_a_task_of_its_own():
    found = prose_plan.recognise(context_of(DIRECTIVE))
    got = [(_first(item), item.lead, item.due) for item in found.items]
    assert got == [
        ("Tiêm phòng đợt", "Trưởng phòng Nông nghiệp", "trước ngày 30/4/2027"),
        ("Lập chốt kiểm", "Chủ tịch UBND các xã", ""),
        ("Giao Phòng Nông", "Phòng Nông nghiệp", "hằng tuần"),
    ]  # the exhortation to everyone is not


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Trực chỉ huy 24/24 giờ trong dịp lễ.", ""),
        ("Duy trì tổng đài hỗ trợ 24/7; thường xuyên cập nhật thông tin.", "thường xuyên"),
        ("Nộp báo cáo trước 24/7/2027.", "trước 24/7/2027"),
        ("Đạt 15/20 tiêu chí nông thôn mới.", ""),
        ("Tổ chức hội nghị; thời gian: quý II/2027.", "thời gian: quý II/2027"),
        # a daily duty is a standing one (parse_due reads "hằng ngày" as ongoing)
        ("Rà soát hồ sơ; cập nhật số liệu lên hệ thống hằng ngày.", "hằng ngày"),
        ("Đưa tin về hội nghị trên bản tin hằng ngày của Đài.", ""),
    ],
)
def test_durations_are_no_dates_and_a_clause_opening_with_thuong_xuyen_is_standing(sentence, due):
    assert due_in(sentence) == due


ADDRESSED = """
CHỈ THỊ
Về bảo đảm vệ sinh môi trường dịp Tết năm 2028
1. Phòng Kinh tế:
- Kiểm tra các điểm tập kết rác thải; hoàn thành trước ngày 10/01/2028.
2. Đề nghị Điện lực Cư Jút bảo đảm cấp điện an toàn cho các chợ hoa Tết trước ngày 20/01/2028.
3. Đề nghị Hạt Kiểm lâm liên huyện phối hợp kiểm soát việc vận chuyển lâm sản trái phép trong suốt mùa khô.
4. Giao Văn phòng HĐND và UBND huyện theo dõi, tổng hợp, báo cáo trước ngày 15/02/2028.
"""


def test_a_numbered_paragraph_addressed_to_a_body_is_led_by_it():
    items = prose_plan.recognise(context_of(ADDRESSED)).items
    got = [(_first(item), item.lead, item.due) for item in items]
    assert got == [
        ("Kiểm tra các", "Phòng Kinh tế", "trước ngày 10/01/2028"),
        ("Đề nghị Điện", "Điện lực Cư Jút", "trước ngày 20/01/2028"),
        ("Đề nghị Hạt", "Hạt Kiểm lâm liên huyện", "trong suốt mùa khô"),  # a season: for a person to set
        ("Giao Văn phòng", "Văn phòng HĐND và UBND huyện", "trước ngày 15/02/2028"),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trực ban 24/24 giờ trong thời gian có lũ; báo cáo kịp thời.", "trong thời gian có lũ"),
        ("Kiểm tra đảng viên khi phát hiện dấu hiệu vi phạm.", "khi phát hiện dấu hiệu vi phạm"),
        ("Khi phát hiện sai sót, giao Phòng Tư pháp rà soát lại hồ sơ.", ""),  # a precondition, no time
        (
            "Vận hành hồ chứa an toàn trong suốt mùa mưa, trước ngày 30/9/2028 báo cáo.",
            "trước ngày 30/9/2028",
        ),
    ],
)
def test_a_condition_or_a_season_is_the_time_only_where_no_date_is(text, due):
    assert due_in(text) == due


CONCLUSIONS_TITLED = """
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại buổi làm việc với ngành giáo dục
1. Đánh giá chung
Ngành giáo dục đã hoàn thành tốt nhiệm vụ năm học; tỷ lệ học sinh tốt nghiệp đạt 99%.
2. Nhiệm vụ thời gian tới
a) Giao Phòng Giáo dục - Đào tạo rà soát mạng lưới trường lớp, báo cáo trước ngày 15/8/2028.
b) Đề nghị Hội Văn học Nghệ thuật huyện phối hợp tổ chức cuộc thi viết về thầy cô trong tháng 11/2028.
c) Giao Trung tâm Văn hóa - Điện ảnh huyện tổ chức chiếu phim lưu động phục vụ học sinh vùng sâu trước ngày 30/9/2028.
3. Về đề xuất của Trường THCS Hòa Bình
Chủ tịch UBND huyện đồng ý chủ trương cho Trường sửa chữa nhà đa năng theo đề xuất.
"""


def test_numbered_titles_of_an_assessment_and_a_proposal_hold_no_conclusions():
    from engine.importing.layouts import conclusions

    items = conclusions.recognise(context_of(CONCLUSIONS_TITLED)).items
    got = [(_first(item), item.lead) for item in items]
    assert got == [
        ("Giao Phòng Giáo", "Phòng Giáo dục - Đào tạo"),
        ("Đề nghị Hội", "Hội Văn học Nghệ thuật huyện"),
        ("Giao Trung tâm", "Trung tâm Văn hóa - Điện ảnh huyện"),
    ]  # the assessment (1) and the approval (3) are no items


@pytest.mark.parametrize(
    ("text", "dated", "expected"),
    [
        (
            "Kiểm kê tài sản cố định cuối năm, hoàn thành trước ngày 31/12/2027 (Phòng Tài vụ).",
            True,
            "Phòng Tài vụ",
        ),
        ("Kiểm kê tài sản cố định cuối năm, hoàn thành trước ngày 31/12/2027 (Phòng Tài vụ).", False, None),
        ("Kiểm kê tài sản cố định theo hướng dẫn (Thông tư 23).", True, None),
    ],
)
def test_a_bare_body_closing_a_sentence_that_printed_its_time_leads_it(text, dated, expected):
    found = closing_parenthesis(text, dated=dated)
    assert (found.lead if found else None) == expected


MONTHLY_REPORT = """
BÁO CÁO
Kết quả công tác tháng 3 và nhiệm vụ tháng 4 năm 2027
I. KẾT QUẢ THỰC HIỆN THÁNG 3/2027
1. Phòng Tài vụ đã quyết toán kinh phí quý I trước ngày 25/3/2027.
II. NHIỆM VỤ THÁNG 4/2027
1. Trung tâm Y tế huyện tổ chức khám sức khỏe định kỳ cho người cao tuổi, xong trước ngày 20/4/2027.
2. Ban Quản lý chợ kiểm tra phòng cháy tại các ki-ốt; thực hiện thường xuyên.
3. Số lượng ki-ốt kiểm tra: toàn bộ 120 ki-ốt của chợ.
4. Phòng Tài vụ chủ trì, phối hợp các tổ thu phí rà soát nợ tiền thuê ki-ốt trong tháng 4.
"""


def test_in_a_report_beside_its_results_a_numbered_duty_is_led_by_its_subject():
    found = prose_plan.recognise(context_of(MONTHLY_REPORT))
    got = [(_first(item), item.lead) for item in found.items]
    assert got == [
        ("Trung tâm Y", "Trung tâm Y tế huyện"),
        ("Ban Quản lý", "Ban Quản lý chợ"),
        ("Số lượng ki-ốt", ""),  # a label and its value names no unit
        ("Phòng Tài vụ", "Phòng Tài vụ"),
    ]  # the results (I) are no items
    plan = MONTHLY_REPORT.replace("I. KẾT QUẢ THỰC HIỆN THÁNG 3/2027", "I. MỤC ĐÍCH, YÊU CẦU")
    found = prose_plan.recognise(context_of(plan))
    assert found is None or not any(item.lead == "Trung tâm Y tế huyện" for item in found.items)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tổ chức lớp học tiếng dân tộc, thực hiện từ tháng 4 đến tháng 7/2028.", "đến tháng 7/2028"),
        ("Tập huấn nghiệp vụ cho cán bộ từ quý I đến hết quý II/2028.", "đến hết quý II/2028"),
        (
            "Trả lời kiến nghị của công dân trong 15 ngày kể từ ngày nhận đơn.",
            "trong 15 ngày kể từ ngày nhận đơn",
        ),
        ("Làm việc với Sở Xây dựng đến tháng 6 thì sơ kết.", ""),  # no range: not a deadline
    ],
)
def test_a_ranges_end_and_a_span_from_an_event_are_the_time(text, due):
    assert due_in(text) == due


THREE_LEVELS = """
KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2028
II. NHIỆM VỤ
1. Quảng bá điểm đến
1.1. Trung tâm Xúc tiến du lịch chủ trì:
1.1.1. Thiết kế ấn phẩm giới thiệu các làng nghề, hoàn thành trước ngày 30/4/2028.
1.1.2. Tham gia hội chợ du lịch quốc tế trong tháng 9/2028.
1.2. Phòng Quản lý lữ hành chủ trì, phối hợp Văn phòng Sở:
1.2.1. Khảo sát các homestay đạt chuẩn, báo cáo trước ngày 15/6/2028.
"""


def test_three_level_numbering_nests_under_the_line_that_names_the_lead():
    items = prose_plan.recognise(context_of(THREE_LEVELS)).items
    got = [(_first(item), item.lead) for item in items]
    assert got == [
        ("Thiết kế ấn", "Trung tâm Xúc tiến du lịch"),
        ("Tham gia hội", "Trung tâm Xúc tiến du lịch"),
        ("Khảo sát các", "Phòng Quản lý lữ hành"),
    ]


POST_LABELS = """
CHỈ THỊ
Về bảo đảm an toàn giao thông dịp Tết
1. Giám đốc Sở Xây dựng: chỉ đạo kiểm tra các bến xe khách, hoàn thành trước ngày 20/01/2028.
2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh: bố trí lực lượng tuần tra trên các tuyến quốc lộ trong tháng 02/2028.
3. Tổng Biên tập Đài Phát thanh và Truyền hình tỉnh: tuyên truyền quy định về nồng độ cồn trước ngày 25/01/2028.
4. Sở Tài chính: bố trí kinh phí cho lực lượng tuần tra, hoàn thành trước ngày 15/01/2028.
"""


def test_a_run_in_label_naming_heads_of_bodies_leads_and_the_task_is_the_text_after_it():
    items = prose_plan.recognise(context_of(POST_LABELS)).items
    got = [(_first(item), item.lead) for item in items]
    assert got == [
        ("chỉ đạo kiểm", "Giám đốc Sở Xây dựng"),
        ("bố trí lực", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh"),
        ("tuyên truyền quy", "Tổng Biên tập Đài Phát thanh và Truyền hình tỉnh"),
        ("Sở Tài chính:", "Sở Tài chính"),  # a body's own label: the paragraph as printed
    ]


def test_a_date_cut_onto_its_own_line_stays_with_its_deadline_word():
    from engine.importing.layouts.outline import paragraphs
    from tests.importing.helpers_blocks import document_of

    text = (
        "1. Phòng Tài chính - Kế hoạch rà soát vốn đầu tư công, báo cáo UBND huyện trước ngày\n"
        "25/8/2026.\n2. Phòng Nội vụ tổng hợp thi đua, hoàn thành đến\n30/9/2026.\n3. Chỉ tiêu đạt\n95%.\n"
    )
    texts = [text for _line, text in paragraphs(document_of(text)) if text]
    assert texts[0].endswith("trước ngày 25/8/2026.") and texts[1].endswith("đến 30/9/2026.")
    assert due_in(texts[0]) == "trước ngày 25/8/2026"
    assert texts[2] == "3. Chỉ tiêu đạt"  # no deadline word before it: a number stays apart


LABELLED_PARENTHESES = """
BÁO CÁO
Kết quả hoạt động Đoàn thanh niên phường 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027
I. KẾT QUẢ
Chi đoàn khu phố 4 đã ra quân làm sạch kênh ngày 12/3/2027.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
- Tổ chức Tháng thanh niên hè, hướng dẫn kỹ năng bơi cho thiếu nhi (Giao: Chi đoàn khu phố 4; thời gian: tháng 7/2027).
- Ra mắt đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số, tập huấn cho 30 đoàn viên (Giao: Ban Chấp hành Đoàn phường; Thời hạn: quý III/2027).
- Duy trì sinh hoạt chi đoàn định kỳ (Giao: các chi đoàn; thời gian: hằng tháng).
"""


def test_labelled_closing_parenthesis_gives_the_assigned_body_and_time():
    """`(Giao: <body>; thời gian: <time>)` at a paragraph's end: the body after `Giao:` leads as
    printed (a grassroots body too), the time after its label is the due, and the label's colon is
    no topic's title nor an inline field that cuts the task."""
    found = prose_plan.recognise(context_of(LABELLED_PARENTHESES))
    got = [(_first(item), item.lead, item.due) for item in found.items]
    assert got == [
        ("Tổ chức Tháng", "Chi đoàn khu phố 4", "tháng 7/2027"),
        ("Ra mắt đội", "Ban Chấp hành Đoàn phường", "quý III/2027"),
        ("Duy trì sinh", "các chi đoàn", "hằng tháng"),
    ]
    assert all(item.content.endswith(").") for item in found.items)  # the task is whole


def test_a_units_name_ends_where_its_shape_does_when_its_verb_is_in_no_list():
    from engine.importing.layouts.prose_facts import assignment_in, name_by_shape

    # the administrative level a word in lower case follows; not the `xã` of `Hợp tác xã`
    assert assignment_in("Trạm Y tế phường tiêm phòng dại cho chó, mèo trước ngày 10/4/2026.").lead == (
        "Trạm Y tế phường"
    )
    assert assignment_in("Trung đội dân quân cơ động huyện hành quân dã ngoại trong tháng 8/2026.").lead == (
        "Trung đội dân quân cơ động huyện"
    )
    assert name_by_shape("Hợp tác xã dịch vụ Bình Minh cung ứng giống lúa") == "Hợp tác xã dịch vụ Bình Minh"
    # nor the `xã` of `xã hội`
    assert not name_by_shape("Bảo hiểm xã hội tỉnh rà soát thẻ bảo hiểm y tế").endswith("xã")
    # a proper name closed by a word in lower case
    assert assignment_in("Trường Trung học cơ sở Kim Đồng sơn lại lớp học.").lead == (
        "Trường Trung học cơ sở Kim Đồng"
    )
    # a field of work inside a name is not its verb; a capital level word is no level
    assert assignment_in("Giao Tổ Tuyên truyền xung kích phường phát tờ rơi.").lead == (
        "Tổ Tuyên truyền xung kích phường"
    )
    assert assignment_in("Phòng Văn hóa - Xã hội phường chủ trì tổ chức hội thi.").lead == (
        "Phòng Văn hóa - Xã hội phường"
    )
    assert assignment_in("Ban Chỉ huy Quân sự phường giao quân trước ngày 20/2/2026.").lead == (
        "Ban Chỉ huy Quân sự phường"
    )
    assert name_by_shape("Sở Y tế chủ trì") == ""


def test_a_weekday_with_its_day_and_within_a_day_are_the_tasks_time_an_events_time_is_for_review():
    from engine.deadlines.parsing import parse_due
    from engine.importing.layouts.prose_facts import due_in

    assert (
        due_in("Văn phòng chuẩn bị phòng họp chiều thứ Năm ngày 11/6/2026.") == "chiều thứ Năm ngày 11/6/2026"
    )
    assert due_in("Tổ Một cửa cập nhật lịch tiếp dân, xong trong ngày 09/6/2026.") == "trong ngày 09/6/2026"
    assert due_in("Lập biên bản làm việc ngày 05/6/2026 tại trụ sở.") == ""  # a date of record
    event = due_in("Công an phường bố trí lực lượng trong thời gian diễn ra lễ hội.")
    assert event == "trong thời gian diễn ra lễ hội"
    assert parse_due(event, year=2026).needs_review
    assert due_in("Hoàn thiện hồ sơ trong thời gian 30 ngày.") == ""


@pytest.mark.parametrize(
    ("text", "due", "lead"),
    [
        ("Hướng dẫn đại hội chi hội nhiệm kỳ 2028 - 2033 (quý II/2028).", "quý II/2028", None),
        ("Tổng kết mô hình (quý 3 năm 2028).", "quý 3 năm 2028", None),
        (
            "Tổng kết mô hình, xong trước ngày 30/9/2028 (Quỹ Hỗ trợ nông dân).",
            "trước ngày 30/9/2028",
            "Quỹ Hỗ trợ nông dân",
        ),
    ],
)
def test_a_quarter_alone_in_a_closing_parenthesis_is_the_time_not_a_body(text, due, lead):
    assert due_in(text) == due
    found = closing_parenthesis(text, dated=bool(due))
    assert (found.lead if found else None) == lead


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a lunar date glossed by the solar one: the solar date is the deadline
        ("Hoàn thành trước ngày 27 tháng Chạp (tức ngày 22/01/2028).", "ngày 22/01/2028"),
        ("Tổ chức hội chợ vào ngày 25 tháng Chạp, nhằm ngày 20/01/2028.", "ngày 20/01/2028"),
        ("Nộp báo cáo trước mồng 9 tháng Giêng (dương lịch là ngày 03/02/2028).", "ngày 03/02/2028"),
        # a range of glossed dates: its end
        (
            "Trực từ ngày 29 tháng Chạp (tức ngày 24/01/2028) đến hết mồng 4 tháng Giêng (tức ngày 29/01/2028).",
            "ngày 29/01/2028",
        ),
        # a lunar date alone: kept for a person to set
        ("Treo cờ tại các thôn, xong trước Rằm tháng Chạp.", "trước Rằm tháng Chạp"),
        (
            "Tổ chức Tết Trung thu cho thiếu nhi trước ngày 15 tháng 8 âm lịch.",
            "trước ngày 15 tháng 8 âm lịch",
        ),
        # a date of record stays no deadline; a span after an undated event is for a person to set
        ("Thực hiện Kế hoạch ngày 12/01/2028 của Ủy ban.", ""),
        (
            "Cấp giấy phép trong thời hạn 07 ngày sau khi nhận đủ hồ sơ.",
            "trong thời hạn 07 ngày sau khi nhận đủ hồ sơ",
        ),
    ],
)
def test_a_lunar_date_is_read_through_its_solar_gloss_or_left_to_a_person(text, due):
    assert due_in(text) == due


def test_fields_on_one_line_are_split_at_a_middle_dot_or_a_bullet():
    fields = labelled_fields(
        "Chủ trì: Trạm Y tế xã · Phối hợp: Hội Phụ nữ xã · Thời hạn: từ 02/5 đến 09/5/2028"
    )
    assert fields == {"lead": "Trạm Y tế xã", "coordinating": "Hội Phụ nữ xã", "due": "từ 02/5 đến 09/5/2028"}
    assert labelled_fields("Chủ trì: Đài truyền thanh xã • Thời hạn: hằng tuần") == {
        "lead": "Đài truyền thanh xã",
        "due": "hằng tuần",
    }


UNIT_LABELS = """
CHỈ THỊ
Về việc tổ chức đón Tết năm 2028
1. Công an xã:
- Tăng cường tuần tra bảo đảm an ninh trật tự trong dịp Tết, thực hiện thường xuyên.
2. Trạm Y tế xã:
- Bố trí trực cấp cứu trong các ngày nghỉ Tết, từ ngày 24/01/2028 đến ngày 30/01/2028.
3. Huyện đoàn phối hợp tổ chức chương trình Xuân tình nguyện cho thanh niên, xong trước ngày 20/01/2028.
4. Văn phòng HĐND và UBND xã tổng hợp tình hình, báo cáo Chủ tịch UBND xã trước ngày 02/02/2028.
5. Văn phòng HĐND và UBND xã thông báo lịch trực Tết đến các thôn.
"""


def test_beside_unit_labels_a_numbered_dated_duty_is_led_by_its_subject():
    items = prose_plan.recognise(context_of(UNIT_LABELS)).items
    got = [(_first(item), item.lead) for item in items]
    assert got == [
        ("Tăng cường tuần", "Công an xã"),
        ("Bố trí trực", "Trạm Y tế xã"),
        ("Huyện đoàn phối", "Huyện đoàn"),
        ("Văn phòng HĐND", "Văn phòng HĐND và UBND xã"),
    ]  # item 5 prints no date of its own: not a duty beside the labels (the plan's narrative)


def test_an_inspection_programmes_fields_name_the_inspecting_body_as_lead():
    # Those inspected ("Đối tượng kiểm tra", "Đơn vị được giám sát") are no lead; the body that
    # inspects ("Chủ thể giám sát", "Lực lượng thực hiện") is; the head of the team is a person.
    assert labelled_fields(
        "Lực lượng thực hiện: Thanh tra Sở Xây dựng; Đối tượng kiểm tra: các chủ đầu tư"
    ) == {
        "lead": "Thanh tra Sở Xây dựng",
        "inspected": "các chủ đầu tư",
    }
    assert labelled_fields("Đơn vị được giám sát: Trường Tiểu học Hòa Bình") == {
        "inspected": "Trường Tiểu học Hòa Bình"
    }
    assert labelled_fields("Trưởng đoàn: đồng chí Chủ nhiệm Ủy ban Kiểm tra") == {
        "leader": "đồng chí Chủ nhiệm Ủy ban Kiểm tra"
    }
    assert labelled_fields("Thời điểm giám sát: Quý IV/2029") == {"due": "Quý IV/2029"}


def test_a_lead_fields_advising_or_helping_body_takes_part_and_does_not_lead():
    assert labelled_fields(
        "Chủ thể giám sát: Ban Chấp hành Hội Nông dân (giao Ban Kiểm tra Hội tham mưu)"
    ) == {
        "lead": "Ban Chấp hành Hội Nông dân",
        "coordinating": "Ban Kiểm tra Hội",
    }
    assert labelled_fields("Chủ thể: Chi ủy (Tổ Đảng số 2 giúp việc)") == {
        "lead": "Chi ủy",
        "coordinating": "Tổ Đảng số 2",
    }
    assert labelled_fields(
        "Lực lượng: Công an huyện, giao Đội Cảnh sát giao thông bố trí 02 tổ tuần tra"
    ) == {
        "lead": "Công an huyện",
        "coordinating": "Đội Cảnh sát giao thông",
    }


INSPECTION_PROGRAMME = """
CHƯƠNG TRÌNH
Giám sát của Ban Thường trực Ủy ban Mặt trận năm 2029
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả giám sát của Mặt trận.
II. NỘI DUNG GIÁM SÁT
1. Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở
- Đối tượng giám sát: UBND xã Phú Lộc, UBND xã Phú Hòa.
- Thời gian giám sát: Tháng 6/2029.
- Chủ thể giám sát: Ban Thường trực Ủy ban Mặt trận huyện.
2. Giám sát việc giải quyết kiến nghị của cử tri về ô nhiễm môi trường
- Đối tượng: Phòng Nông nghiệp và Môi trường huyện.
- Thời gian: Khi có đơn thư phản ánh.
- Lực lượng: Ban Thanh tra nhân dân xã.
"""


def test_an_inspection_programmes_numbered_items_carry_their_fields_not_their_subjects():
    items = prose_plan.recognise(context_of(INSPECTION_PROGRAMME)).items
    assert [(_first(item), item.lead, item.due) for item in items] == [
        ("Giám sát việc", "Ban Thường trực Ủy ban Mặt trận huyện", "Tháng 6/2029"),
        ("Giám sát việc", "Ban Thanh tra nhân dân xã", "Khi có đơn thư phản ánh"),
    ]


@pytest.mark.parametrize(
    ("text", "lead", "time"),
    [
        # two bare bodies split by `;`: both lead, neither is the time (h13fixSG)
        (
            "Tập huấn nghiệp vụ cho chi hội trưởng các thôn (Ban Tổ chức; Văn phòng Hội).",
            "Ban Tổ chức; Văn phòng Hội",
            "",
        ),
        (
            "Kiểm tra quỹ tín dụng nội bộ tại các chi hội (Ban Kiểm tra; Ban Kinh tế; Văn phòng).",
            "Ban Kiểm tra; Ban Kinh tế; Văn phòng",
            "",
        ),
        # limits: a body and its time (a month, a round, a quarter) stay a body and a time
        (
            "Rà soát hộ nghèo năm 2027 tại các xã vùng cao (Phòng Lao động; tháng 5/2027).",
            "Phòng Lao động",
            "tháng 5/2027",
        ),
        ("Báo cáo kết quả giải ngân vốn vay ủy thác (Ban Kinh tế; hằng quý).", "Ban Kinh tế", "hằng quý"),
        (
            "Tổ chức giải bóng chuyền hơi của hội viên (Ban Phong trào; quý II/2027).",
            "Ban Phong trào",
            "quý II/2027",
        ),
    ],
)
def test_bare_bodies_split_by_a_semicolon_in_a_closing_parenthesis_all_lead(text, lead, time):
    found = closing_parenthesis(text, dated=True)
    assert (found.lead, found.time) == (lead, time)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time field closing with who does the task: the time before it, the body its lead
        (
            "thời gian: quý II - quý III/2027 (Phòng Tin học - Thư viện số thực hiện).",
            ("quý II - quý III/2027", "Phòng Tin học - Thư viện số"),
        ),
        ("Thời gian: tháng 5/2028 (Tổ Tuyên truyền lưu động).", ("tháng 5/2028", "Tổ Tuyên truyền lưu động")),
        # a parenthesis that names no doer: a time, a basis, a person, partners only, an example list
        ("thời gian: quý II/2027 (tháng 6/2027).", None),
        ("thời gian: tháng 9/2027 (theo Kế hoạch số 12/KH-UBND của UBND tỉnh).", None),
        ("thời gian: tháng 9/2027 (đồng chí Lê Văn An).", None),
        ("thời gian: tháng 9/2027 (phối hợp với Đoàn Thanh niên, Hội Phụ nữ xã).", None),
        ("thời gian: tháng 9/2027 (các xã Tà Lùng, Nậm Khao, Phìn Hồ).", None),
        # no time before the parenthesis: no time field's doer
        ("thời gian: (Phòng Kế hoạch thực hiện).", None),
    ],
)
def test_a_time_fields_closing_parenthesis_names_the_doer(text, expected):
    fields = labelled_fields(text) or {}
    got = (fields.get("due"), fields.get("lead")) if fields.get("lead") else None
    assert got == expected


PARENTHESIS_DOERS = """
KẾ HOẠCH
Hoạt động thư viện năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ bạn đọc.
II. NỘI DUNG NHIỆM VỤ
1. Tài nguyên thông tin
a) Phòng Bổ sung - Xử lý tài liệu bổ sung 6.500 bản sách mới; hoàn thành trước 30/9/2027.
b) Số hóa 1.200 tài liệu địa chí; thời gian: quý II - quý III/2027 (Phòng Tin học - Thư viện số thực hiện).
2. Phục vụ bạn đọc
a) Phòng Phục vụ bạn đọc tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4/2027).
b) Duy trì xe thư viện lưu động phục vụ các xã vùng sâu; mỗi tháng ít nhất 02 chuyến (Phòng Phục vụ bạn đọc).
c) Biên soạn thư mục giới thiệu sách (sách thiếu nhi, sách địa chí) trong tháng 10/2027.
d) Tổ chức Cuộc thi Đại sứ Văn hóa đọc trong tháng 11/2027 (theo Kế hoạch số 12/KH-SVHTTDL).
3. Hướng dẫn nghiệp vụ cơ sở
Phòng Nghiệp vụ - Địa chí mở 02 lớp tập huấn cho cán bộ thư viện xã vào tháng 8/2027.
"""


def test_in_a_plan_naming_doers_in_closing_parentheses_a_point_opening_with_a_division_is_led_by_it():
    items = prose_plan.recognise(context_of(PARENTHESIS_DOERS)).items
    got = [(_first(item), item.lead, item.due) for item in items]
    assert got == [
        ("Phòng Bổ sung", "Phòng Bổ sung - Xử lý tài liệu", "trước 30/9/2027"),
        ("Số hóa 1.200", "Phòng Tin học - Thư viện số", "quý II - quý III/2027"),
        ("Phòng Phục vụ", "Phòng Phục vụ bạn đọc", "21/4/2027"),
        # a bare body closing a point after its counted round (`mỗi tháng ít nhất 02 chuyến`)
        ("Duy trì xe", "Phòng Phục vụ bạn đọc", "mỗi tháng ít nhất 02 chuyến"),
        # an example list, a basis: no doer
        ("Biên soạn thư", "", "trong tháng 10/2027"),
        ("Tổ chức Cuộc", "", "trong tháng 11/2027"),
        ("Phòng Nghiệp vụ", "Phòng Nghiệp vụ - Địa chí", "vào tháng 8/2027"),
    ]


def test_a_count_of_segments_or_topics_a_month_is_no_trip_round():
    from engine.importing.layouts.prose_facts import due_in

    # `chuyên mục` and `chuyên đề` fold as `chuyến` does; a count of them is a broadcast's content
    assert due_in("Tổ chức, quảng bá chương trình; định kỳ phát sóng (mỗi tháng 02 chuyên mục).") == ""
    assert due_in("Biên tập nội dung, mỗi quý ít nhất 01 chuyên đề.") == ""
    assert due_in("Xe thư viện lưu động phục vụ các trường, mỗi tháng ít nhất 02 chuyến.") == (
        "mỗi tháng ít nhất 02 chuyến"
    )
