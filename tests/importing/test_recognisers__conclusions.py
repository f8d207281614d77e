"""Meeting conclusions: the leader, the lead unit and the deadline read inside the sentences."""

# ruff: noqa: E501 (the notice is printed as offices write it, a sentence a line)

import pytest

from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in, due_in
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import context_of, corpus_file, read_corpus

NOTICE = """
THÔNG BÁO
Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 07/11/2025
I. ĐÁNH GIÁ CHUNG
Công tác chuẩn bị cơ bản bảo đảm.
II. NHIỆM VỤ THỜI GIAN TỚI
1. Giao đ/c Nguyễn Văn An – PGĐ Sở chỉ đạo, Chi cục Tiêu chuẩn Đo lường Chất lượng tham mưu dự thảo quy chế, trình UBND tỉnh trước ngày 15/11/2025.
2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan:
a) Tổng hợp chỉ số cải cách hành chính, báo cáo trong tháng 02/2026.
b) Công khai kết quả đánh giá hằng tháng.
3. Trung tâm Phát triển quỹ đất tỉnh (sau đây gọi tắt là TTPTQĐ)
- Đẩy nhanh chi trả bồi thường (dự kiến ngày 30/4/2026).
- Phối hợp các địa phương (Phường 2, xã Đạ Huoai…) hoàn thành kiểm đếm trước 28/4.
4. Giao TTPTQĐ báo cáo kết quả trước ngày 20/5/2026.
Trân trọng thông báo./.
Nơi nhận:
- Như trên;
"""


def test_conclusions_read_leader_lead_and_due_inside_sentences():
    found = conclusions.recognise(context_of(NOTICE))
    assert found.layout == "conclusions"
    rows = [(item.lead, item.leader, item.due) for item in found.items]
    assert rows == [
        ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Nguyễn Văn An", "trước ngày 15/11/2025"),
        ("Sở Nội vụ", "", "trong tháng 02/2026"),
        ("Sở Nội vụ", "", "hằng tháng"),
        ("Trung tâm Phát triển quỹ đất tỉnh", "", "dự kiến ngày 30/4/2026"),
        # a day without a year: the next such day after the meeting's (07/11/2025), its year printed in
        ("Trung tâm Phát triển quỹ đất tỉnh", "", "trước 28/4/2026"),
        # the short form the notice defines leads as the body it names, kept beside it as printed
        ("Trung tâm Phát triển quỹ đất tỉnh (TTPTQĐ)", "", "trước ngày 20/5/2026"),
    ]
    # The heading's coordinating units apply to its lettered items.
    assert found.items[1].coordinating == "các cơ quan, đơn vị liên quan"
    # The body named in full once and abbreviated later.
    assert found.legend == {"TTPTQĐ": "Trung tâm Phát triển quỹ đất tỉnh"}
    assert "guessed_lead" in found.items[0].reasons


def test_coordinating_units_as_a_parenthesised_list():
    found = assignment_in(
        "Giao Sở Xây dựng chủ trì, phối hợp (Sở Tài chính, Công an tỉnh, UBND các xã…) kiểm tra"
    )
    assert (found.lead, found.coordinating) == ("Sở Xây dựng", "Sở Tài chính, Công an tỉnh, UBND các xã")


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Hoàn thành việc chi trả trước ngày 28/4/2026; báo cáo UBND tỉnh.", "trước ngày 28/4/2026"),
        ("Thực hiện Kế hoạch số 36/KH-STP ngày 05/11/2025 của Sở Tư pháp.", ""),  # a cited document's date
        ("Liên hệ 6/139 doanh nghiệp để lấy ý kiến.", ""),  # a fraction
        ("Báo cáo trước ngày 25 tháng 11 năm 2025.", "trước ngày 25 tháng 11 năm 2025"),
        # "ngay" (at once) before a month is no date of record.
        ("NHIỆM VỤ CẦN TRIỂN KHAI NGAY TRONG THÁNG 12/2025", "TRONG THÁNG 12/2025"),
        ("Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần, báo cáo lãnh đạo.", "hằng tuần"),
        ("Xác định đây là nhiệm vụ thường xuyên, cấp bách.", "thường xuyên"),
        # "thường xuyên" in a later clause says how a sub-action is done, not when the task is due.
        ("Đẩy mạnh cải cách thủ tục; cập nhật thường xuyên, đầy đủ dữ liệu.", ""),
        ("Tăng cường dịch vụ công. Cập nhật thường xuyên dữ liệu.", ""),
        # "…; thực hiện thường xuyên." is the clause that says when the whole task is done.
        ("Duy trì cổng dịch vụ công trực tuyến; thực hiện thường xuyên.", "thường xuyên"),
        # A time set by another plan, when the sentence prints none of its own: a person sets it.
        (
            "Kiểm tra công tác văn thư tại 05 xã theo Kế hoạch kiểm tra năm 2027 đã được phê duyệt.",
            "theo Kế hoạch kiểm tra năm 2027 đã được phê duyệt",
        ),
        ("Kiểm tra theo kế hoạch kiểm tra năm 2027, xong trước ngày 30/9/2027.", "trước ngày 30/9/2027"),
        # The meeting that hears the result, with its day or its month; the day a change runs from.
        (
            "Trình Thường trực Huyện ủy kết quả rà soát tại cuộc họp giao ban quý III (ngày 08/10/2026).",
            "tại cuộc họp giao ban quý III (ngày 08/10/2026)",
        ),
        (
            "Hoàn thiện đề án, báo cáo Ban Thường vụ tại phiên họp tháng 11/2026.",
            "tại phiên họp tháng 11/2026",
        ),
        ("Báo cáo kết quả tại cuộc họp giao ban.", ""),
        ("Chuyển sang thu phí qua tài khoản, áp dụng từ ngày 01/7/2026.", "từ ngày 01/7/2026"),
        # a task saying only when it starts, closing its clause: the day it must be in place (with a
        # clock time before the day too); not a span's start, nor a count's
        ("Tổ chức lớp học thêm, bắt đầu từ ngày 01/7/2026.", "từ ngày 01/7/2026"),
        ("Mở luồng xanh qua cửa khẩu từ 06 giờ 30 ngày 11/02/2027.", "từ 06 giờ 30 ngày 11/02/2027"),
        ("Thu phí trông xe từ ngày 01/3/2027 đến ngày 31/3/2027 tại bến Đông.", "đến ngày 31/3/2027"),
        ("Cập nhật số liệu tiêm chủng tính từ ngày 01/01/2027.", ""),
        ("Tổ chức lớp học bơi hằng tuần, bắt đầu từ ngày 01/7/2026.", "hằng tuần"),
        # a day closing a sentence with no deadline word is the day the task is done on, but not a
        # document's or a meeting's date cited by it
        ("Đóng cửa bãi tắm Bắc Hà ngày 22/8/2027.", "ngày 22/8/2027"),
        ("Triển khai Kế hoạch số 88/KH-UBND ngày 10/01/2027.", ""),
        ("Quán triệt nội dung kết luận tại cuộc họp ngày 14/3/2027.", ""),
        ("Tổ chức thực hiện Thông báo của Sở Y tế ngày 02/4/2027.", ""),
        ("Lập danh sách học viên. Thời gian nộp danh sách chậm nhất là ngày 20/5/2027.", ""),
        ("Triển khai theo kế hoạch của đơn vị.", ""),
        # a task preparing an event: the event's expected day is its due
        ("Chuẩn bị sân khấu Hội diễn, dự kiến tổ chức ngày 12/10/2027.", "dự kiến tổ chức ngày 12/10/2027"),
        (
            "In giấy mời dự hội nghị, dự kiến sẽ diễn ra ngày 03/11/2027.",
            "dự kiến sẽ diễn ra ngày 03/11/2027",
        ),
    ],
)
def test_deadline_phrases_inside_sentences(sentence, due):
    assert due_in(sentence) == due


def test_a_plain_plan_is_not_a_notice_of_conclusions():
    assert conclusions.recognise(context_of("KẾ HOẠCH\nII. NỘI DUNG\n1. Sở Nội vụ:\na) Rà soát.")) is None


@pytest.mark.skipif(not corpus_file("02_lamdong_tbkl_hoinghi_cchc_2025.docx"), reason="corpus not here")
def test_corpus_02_lead_in_the_heading_sentence_applies_to_the_lettered_items():
    found = conclusions.recognise(
        Context(read_corpus("02_lamdong_tbkl_hoinghi_cchc_2025.docx"), UnitResolver([]))
    )
    by_start = {item.content[:25]: item for item in found.items}
    item = by_start["Tổ chức rà soát toàn bộ h"]
    assert (item.lead, item.coordinating) == ("Sở Tư pháp", "các cơ quan, đơn vị liên quan")
    assert by_start["Theo dõi, đôn đốc, tổng h"].lead == "Sở Nội vụ"  # III restarts at 1 under one lead
    assert len(found.items) >= 20


def test_numbered_sub_items_inside_one_paragraph_are_tasks_of_its_unit():
    notice = """THÔNG BÁO
Kết luận của Phó Thủ tướng tại phiên họp thứ 5
II. NHIỆM VỤ
a) **Bộ Công an:** **(1)** Tiếp tục mở rộng Trung tâm Dữ liệu quốc gia số 1; **(2)** Tham mưu ban hành Nghị định, hoàn thành trước ngày 10 tháng 12 năm 2025.
b) Bộ Xây dựng: Khẩn trương thành lập đoàn công tác, hoàn thành trong tháng 12 năm 2025.
"""
    found = conclusions.recognise(context_of(notice))
    rows = [(item.ref, item.lead, item.due, item.content[:18]) for item in found.items]
    assert rows == [
        ("II.a.1", "Bộ Công an", "", "Tiếp tục mở rộng T"),
        ("II.a.2", "Bộ Công an", "trước ngày 10 tháng 12 năm 2025", "Tham mưu ban hành "),
        ("II.b", "Bộ Xây dựng", "trong tháng 12 năm 2025", "Bộ Xây dựng: Khẩn "),
    ]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # A dash inside a unit's name does not end it.
        (
            "Phòng Kế hoạch - Tài chính tổng hợp nhu cầu kinh phí, trình Giám đốc Sở.",
            "Phòng Kế hoạch - Tài chính",
        ),
        ("Sở Tài chính - khẩn trương bố trí kinh phí.", "Sở Tài chính"),
        # The leader directs with no comma before the unit; the verb "hoàn thiện" ends the unit.
        (
            "Giao đ/c Trần Thị Mai – PGĐ Sở chỉ đạo Phòng Quản lý đất đai hoàn thiện hồ sơ giao đất, xong trước ngày 15/5/2026.",
            "Phòng Quản lý đất đai",
        ),
        # "giao ban" later in the sentence is no assignment: the unit at its start leads.
        ("Văn phòng Sở theo dõi, đôn đốc, báo cáo kết quả hằng tuần tại cuộc họp giao ban.", "Văn phòng Sở"),
        # "công trình", "chương trình" inside a name are nouns, not the verb "trình"; the verb still ends it.
        (
            "Giao Ban Quản lý các công trình thủy lợi huyện triển khai nạo vét kênh chính trước ngày 10/8/2026.",
            "Ban Quản lý các công trình thủy lợi huyện",
        ),
        ("Phòng Nội vụ trình Chủ tịch UBND huyện quyết định khen thưởng.", "Phòng Nội vụ"),
        # A ministry's "Vụ" opens a unit's name; "Tổ chức" inside "Vụ/Phòng Tổ chức …" is no verb.
        ("Vụ Tổ chức cán bộ tổ chức hội nghị sơ kết vào tháng 7/2027.", "Vụ Tổ chức cán bộ"),
        ("Thanh tra tỉnh tiến hành thanh tra việc quản lý, sử dụng đất công.", "Thanh tra tỉnh"),
        # A leader named by post directs; the units after `chỉ đạo` lead.
        (
            "Giao đồng chí Phó Chủ tịch phụ trách kinh tế chỉ đạo Phòng Nông nghiệp và Trạm Khuyến nông rà soát diện tích lúa bị hạn.",
            "Phòng Nông nghiệp và Trạm Khuyến nông",
        ),
        # A name whose last words, before `chủ trì`, are a field that is also a verb.
        (
            "Phòng Hành chính tổng hợp chủ trì, phối hợp Phòng Tài vụ kiểm kê tài sản.",
            "Phòng Hành chính tổng hợp",
        ),
    ],
)
def test_lead_inside_a_sentence(sentence, lead):
    assert assignment_in(sentence).lead == lead


def test_giao_that_names_no_unit_or_leader_is_no_assignment():
    assert assignment_in("Các nội dung đã thống nhất tại cuộc họp giao ban tháng trước.") is None


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # Several deadlines: the task is done at the last of them.
        (
            "Phấn đấu phê duyệt chủ trương trước 30/5/2026 và điều chỉnh dự án trước ngày 15/6/2026.",
            "trước ngày 15/6/2026",
        ),
        (
            "Hoàn thành kiểm đếm trong tháng 4/2026; hoàn thành phê duyệt phương án trước ngày 20/5/2026.",
            "trước ngày 20/5/2026",
        ),
        ("Nộp hồ sơ trước ngày 05/5/2026; báo cáo sở trước 28/4.", "trước ngày 05/5/2026"),
        # A date beside a recurrence: the date ("Thường xuyên … trong năm 2026" is done in 2026).
        ("Báo cáo hằng tháng, tổng kết trước ngày 15/12/2026.", "trước ngày 15/12/2026"),
        ("Thường xuyên đôn đốc, đẩy nhanh giải ngân vốn trong năm 2026.", "trong năm 2026"),
        ("Thường xuyên theo dõi, kiểm tra, báo cáo lãnh đạo UBND tỉnh.", "Thường xuyên"),
        # "thường xuyên" in a later clause is how that clause's action is done, unless it names
        # the task a standing one; an ellipsis ends no clause.
        ("Rà soát thủ tục; cập nhật thường xuyên dữ liệu.", ""),
        # … unless the clause says it lasts all through the work
        ("Treo băng rôn tại chợ; cập nhật thường xuyên trong thời gian triển khai.", "thường xuyên"),
        ("Các bộ trình Chính phủ ban hành Nghị định; nhiệm vụ thường xuyên.", "thường xuyên"),
        ("Sở Nội vụ phối hợp với Báo, Tạp chí... thường xuyên đăng tải các bài viết.", "thường xuyên"),
    ],
)
def test_the_last_of_several_deadlines(sentence, due):
    assert due_in(sentence) == due


def test_yeu_cau_names_the_lead_like_giao():
    found = assignment_in("Yêu cầu Nhà đầu tư 02 dự án lập hồ sơ điều chỉnh chủ trương đầu tư.")
    assert found.lead == "Nhà đầu tư 02 dự án"
    assert assignment_in("Thực hiện theo yêu cầu của Sở Nội vụ.") is None


def test_a_unit_heading_with_its_task_keeps_the_paragraph_as_printed():
    notice = """THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh
II. NHIỆM VỤ
1. Đối với công tác giải phóng mặt bằng
a) Sở Xây dựng: Tiếp tục duy trì chế độ họp giao ban với các đơn vị liên quan.
b) UBND xã Bảo Lâm 2: Rà soát toàn bộ hồ sơ, báo cáo trước ngày 10/5/2026.
c) Sở Tài chính: Thẩm định phương án tài chính.
"""
    found = conclusions.recognise(context_of(notice))
    assert [(item.content[:22], item.lead) for item in found.items] == [
        ("Sở Xây dựng: Tiếp tục ", "Sở Xây dựng"),
        ("UBND xã Bảo Lâm 2: Rà ", "UBND xã Bảo Lâm 2"),
        ("Sở Tài chính: Thẩm địn", "Sở Tài chính"),
    ]


TOPICS = """THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ 5
I. VỀ KẾT QUẢ ĐẠT ĐƯỢC
1. Các bộ, ngành đã ban hành nhiều văn bản chỉ đạo, điều hành.
II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
1. Giao Bộ Tài chính giải ngân còn chậm so với kế hoạch được giao.
III. NHIỆM VỤ, GIẢI PHÁP
1. Quyết liệt trong chỉ đạo, điều hành, chịu trách nhiệm đến cùng:
Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ phải phát huy vai trò nêu gương, hoàn thành trước ngày 25 tháng 11 năm 2025.
2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách: Các bộ khẩn trương trình Chính phủ ban hành các Nghị định hướng dẫn; nhiệm vụ thường xuyên.
3. Đối với hạng mục đường dẫn: Giao Ban Quản lý dự án số 1 chủ trì làm việc với các hộ dân.
1. Các nhiệm vụ quá hạn chưa hoàn thành
STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn
1\tXây dựng cơ sở dữ liệu\tBộ Công an\t30/9/2025
"""


def test_assessment_sections_table_titles_and_topic_titles_are_not_tasks():
    found = conclusions.recognise(context_of(TOPICS))
    assert [(item.ref, item.content[:26]) for item in found.items] == [
        ("III.1", "Các đồng chí Bộ trưởng, Th"),  # the paragraph under the topic's title
        ("III.2", "Các bộ khẩn trương trình C"),  # the task after the topic's title
        ("III.3", "Đối với hạng mục đường dẫn"),  # a scope stays with its task
    ]
    assert found.items[0].due == "trước ngày 25 tháng 11 năm 2025"
    assert found.items[2].lead == "Ban Quản lý dự án số 1"


def test_due_in_reads_the_year_a_duty_is_done_in():
    # Several years in one sentence: the duty is done at the last (a report every year aside).
    assert due_in("báo cáo hằng năm, sơ kết vào năm 2028 và tổng kết vào năm 2030.") == "vào năm 2030"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a body's meeting that hears the result, its month printed after the body's name
        ("Trình kết quả tại kỳ họp HĐND tỉnh tháng 12/2029.", "tại kỳ họp HĐND tỉnh tháng 12/2029"),
        (
            "báo cáo tại phiên họp Ban Thường vụ Đảng ủy xã tháng 3/2029",
            "tại phiên họp Ban Thường vụ Đảng ủy xã tháng 3/2029",
        ),
        # a condition that is granted, not dated: for a person to set
        ("Mua sắm xe chuyên dùng khi được phân bổ vốn.", "khi được phân bổ vốn"),
    ],
)
def test_due_in_reads_a_body_meeting_month_and_a_granted_condition(sentence, due):
    assert due_in(sentence) == due


def test_a_lead_in_with_a_dated_action_of_its_own_is_a_task_and_heads_its_sub_items():
    text = """
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/3/2026
II. NHIỆM VỤ THỜI GIAN TỚI
1. Trung tâm Phát triển quỹ đất tỉnh:
- Chủ trì, phối hợp với Ban Quản lý dự án và địa phương tập trung giải phóng mặt bằng các đoạn tuyến khởi công trước ngày 30/4/2026, trong đó:
+ Đoạn qua xã An Phú: bàn giao mặt bằng trước ngày 15/4/2026.
+ Đoạn qua phường 3: bàn giao mặt bằng trước ngày 25/4/2026.
- Tổ chức đối thoại với các hộ dân, cần thiết thì:
+ Mời Mặt trận Tổ quốc tham gia đối thoại.
"""
    found = conclusions.recognise(context_of(text))
    rows = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert rows == [
        ("Chủ trì, phối", "Trung tâm Phát triển quỹ đất tỉnh", "trước ngày 30/4/2026"),
        ("Đoạn qua xã", "Trung tâm Phát triển quỹ đất tỉnh", "trước ngày 15/4/2026"),
        ("Đoạn qua phường", "Trung tâm Phát triển quỹ đất tỉnh", "trước ngày 25/4/2026"),
        # A lead-in that names no day only heads its sub-items.
        ("Mời Mặt trận", "Trung tâm Phát triển quỹ đất tỉnh", ""),
    ]


DEFINED_ONCE = """
THÔNG BÁO
Kết luận của Giám đốc Sở Nông nghiệp tại cuộc họp giao ban tháng 4/2027
Tham dự có lãnh đạo Chi cục Trồng trọt và Bảo vệ thực vật (sau đây viết tắt là Chi cục TT-BVTV), Trung tâm Khuyến nông tỉnh (Trung tâm KN), Phòng Kế hoạch - Tài chính (Phòng KH-TC) và Văn phòng Sở Nông nghiệp (Văn phòng). Giám đốc Sở kết luận như sau:
1. Chi cục TT-BVTV theo dõi dịch rầy nâu trên lúa Hè Thu, báo cáo trước ngày 15/5/2027.
2. Trung tâm KN phối hợp Phòng KH-TC xây dựng mô hình lúa giảm phát thải, trình Sở trước ngày 30/5/2027.
3. Văn phòng tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở trước ngày 05/6/2027.
4. Về đề xuất của Trung tâm KN mua bổ sung máy bay phun thuốc: Giám đốc Sở đồng ý chủ trương.
Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.
"""


def test_short_forms_the_notice_defines_lead_as_the_bodies_they_name():
    """`<body> (sau đây viết tắt là <short>)`, `<body> (<short>)` and a short form that is the name's
    first words (`Văn phòng`): the tasks that name only the short form are led, and coordinated, by
    the body defined; an approval after a proposal's topic (`Về đề xuất …: … đồng ý chủ trương.`) is
    no task."""
    found = conclusions.recognise(context_of(DEFINED_ONCE))
    assert [(item.lead, item.coordinating) for item in found.items] == [
        ("Chi cục Trồng trọt và Bảo vệ thực vật (Chi cục TT-BVTV)", ""),
        ("Trung tâm Khuyến nông tỉnh (Trung tâm KN)", "Phòng Kế hoạch - Tài chính (Phòng KH-TC)"),
        ("Văn phòng Sở Nông nghiệp", ""),  # a short form in words gives way to the name
    ]


ORDINALS = """
THÔNG BÁO
Kết luận của Giám đốc Sở Công Thương tại cuộc họp về quản lý thị trường dịp cuối năm
Giám đốc Sở ghi nhận các đơn vị đã kiểm tra 120 cơ sở kinh doanh trong tháng 10/2027.
Thứ nhất, Chi cục Quản lý thị trường tỉnh tăng cường kiểm tra hàng giả, báo cáo trước ngày 20/11/2027.
Thứ hai, đề nghị Công an tỉnh phối hợp xử lý các vụ buôn lậu qua biên giới trước ngày 31/12/2027.
Thứ ba, về đề nghị của Phòng Quản lý thương mại: Giám đốc Sở thống nhất chủ trương; giao Văn phòng Sở tổng hợp, trình trước ngày 25/11/2027.
"""


def test_paragraphs_opening_with_ordinal_words_are_numbered_conclusions():
    """`Thứ nhất, …`, `Thứ hai, …`: the ordinal is the paragraph's mark, not its text; the
    assessment before them is no task."""
    found = conclusions.recognise(context_of(ORDINALS))
    assert [(item.ref, item.content.split()[0], item.lead) for item in found.items] == [
        ("Thứ nhất", "Chi", "Chi cục Quản lý thị trường tỉnh"),
        ("Thứ hai", "đề", "Công an tỉnh"),
        ("Thứ ba", "về", "Văn phòng Sở"),
    ]


def test_a_weekday_with_its_date_is_no_ordinal_mark():
    from engine.importing.layouts.outline import mark_of

    assert mark_of("Thứ hai, ngày 05/10/2027: họp giao ban") is None
    assert mark_of("Thứ hai, 05/10: họp giao ban") is None
    assert mark_of("Thứ hai, Sở Tài chính rà soát dự toán.")[:2] == ("ordinal", "Thứ hai")


@pytest.mark.parametrize(
    "sentence",
    [
        "Phòng Văn hóa tổ chức Vui Tết Trung thu cho thiếu nhi, hoàn thành trước Tết Trung thu.",
        "Các xã rà soát hộ nghèo để tặng quà, xong trước Tết Nguyên đán.",
    ],
)
def test_a_lunar_festival_without_a_printed_date_is_for_a_person_to_set(sentence):
    from engine.deadlines.parsing import parse_due

    due = due_in(sentence)
    assert due.lower().startswith("trước tết")
    assert parse_due(due, year=2027).needs_review


@pytest.mark.parametrize(
    "sentence",
    [
        "Đề nghị Công đoàn cơ sở tổ chức thăm hỏi, tặng quà người lao động khó khăn dịp Tết Nguyên đán Mậu Thân.",
        "Đoàn Thanh niên tổ chức vui chơi cho thiếu nhi nhân dịp Tết Trung thu.",
    ],
)
def test_a_lunar_festivals_occasion_without_a_printed_date_is_for_a_person_to_set(sentence):
    from engine.deadlines.parsing import parse_due

    due = due_in(sentence)
    assert "dịp tết" in due.lower()
    assert parse_due(due, year=2027).needs_review


def test_a_festivals_occasion_limits():
    # the solar new year is no lunar festival; a date the sentence prints is its due; an occasion
    # listed after another period (a part's title naming its span) is no time
    assert "tết" not in due_in("Văn phòng bố trí trực cơ quan dịp Tết Dương lịch.").lower()
    assert due_in("II. NHIỆM VỤ TRỌNG TÂM THÁNG 02/2028 VÀ DỊP TẾT NGUYÊN ĐÁN") == ""
    assert (
        due_in("Công đoàn tặng quà dịp Tết Nguyên đán, hoàn thành trước ngày 20/01/2028.")
        == "trước ngày 20/01/2028"
    )


_PORTAL_NOTICE = """<html><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
<article>
<h1>Thông báo phân công nhiệm vụ tháng 11/2026</h1>
<p>Chủ tịch UBND thị trấn Phú Mỹ phân công các bộ phận thực hiện nhiệm vụ tháng 11/2026 như sau:</p>
<h4>1. Lĩnh vực địa chính</h4>
<ol>
<li><strong>Công chức Địa chính - Xây dựng:</strong> kiểm tra các điểm tập kết vật liệu lấn chiếm vỉa hè <em>(trước ngày 15/11/2026)</em>.</li>
<li><strong>Đội Trật tự đô thị:</strong> tuần tra, nhắc nhở các hộ kinh doanh buôn bán dưới lòng đường; lập biên bản các trường hợp tái phạm <em>(thường xuyên)</em>.</li>
</ol>
<h4>2. Lĩnh vực văn hóa</h4>
<ol start="3">
<li><strong>Công chức Văn hóa - Xã hội:</strong> chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc tại các khu phố <em>(từ ngày 10/11 đến ngày 18/11/2026)</em>.</li>
</ol>
<p>Giao Văn phòng - Thống kê thị trấn tổng hợp kết quả, báo cáo Chủ tịch UBND thị trấn trước ngày 28/11/2026.</p>
<p>Đề nghị các bộ phận nghiêm túc thực hiện.</p>
</article>
</body></html>"""


def test_a_portal_notice_of_run_in_units_under_numbered_headings_and_a_closing_assignment():
    from engine.importing.build import import_document

    result = import_document(_PORTAL_NOTICE.encode(), "tb.html", units=[], year=2026)
    got = [(item.lead_text, item.due_date, item.recurrence) for item in result.items]
    # the numbered `<h4>` headings are no tasks: the list items are nested under them
    assert [lead for lead, _due, _recurs in got] == [
        "Công chức Địa chính - Xây dựng",  # a commune civil servant's post leads as printed
        "Đội Trật tự đô thị",
        "Công chức Văn hóa - Xã hội",
        "Văn phòng - Thống kê thị trấn",  # a field after the dash continues the name
    ]
    assert got[1][2] == "ongoing"  # `(thường xuyên)` closing a sentence of two clauses
    assert [due.isoformat() for _lead, due, _recurs in got if due] == [
        "2026-11-15",
        "2026-11-18",
        "2026-11-28",
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Công chức Tư pháp - Hộ tịch rà soát hồ sơ", True),
        ("Công chức được giao theo dõi lĩnh vực báo cáo", False),  # the staff, no post
        ("Công chức cấp xã tham gia tập huấn", False),
    ],
)
def test_a_commune_civil_servants_post_opens_a_units_name_but_the_staff_do_not(text, post):
    from engine.importing.layouts.prose_facts import UNIT_START
    from engine.text import fold

    assert bool(UNIT_START.match(fold(text))) is post


MINUTES = """
BIÊN BẢN
Cuộc họp Ban Chỉ đạo phòng, chống dịch thị trấn Bình Lư
I. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: 08 giờ 00, thứ Hai, ngày 11/10/2027.
- Địa điểm: Phòng họp UBND thị trấn.
II. THÀNH PHẦN
- Chủ trì: Ông Vi Văn Sơn - Chủ tịch UBND thị trấn.
III. NỘI DUNG
1. Trạm Y tế thị trấn báo cáo tình hình dịch sốt xuất huyết tháng 9: 14 ca mắc, tập trung ở tổ dân phố 4.
2. Ý kiến thảo luận:
- Ông Tổ trưởng tổ dân phố 4: đề nghị phun hóa chất diệt muỗi tại tổ dân phố.
3. Nhiệm vụ tháng 10 của Trạm Y tế thị trấn:
- Giao Trạm Y tế thị trấn giám sát ca bệnh tại các hộ gia đình trước ngày 20/10/2027.
IV. KẾT LUẬN
1. Giao Phòng Văn hóa - Xã hội phối hợp Trạm Y tế thị trấn phun hóa chất tại tổ dân phố 4 trong vòng 05 ngày kể từ ngày họp.
2. Giao Văn phòng - Thống kê thị trấn tổng hợp số ca bệnh hằng tuần.
3. Giao Công an thị trấn bảo đảm trật tự tại các điểm phun hóa chất.
"""


def test_minutes_record_the_meeting_before_the_conclusions_and_count_from_its_day():
    from engine.importing.event_dues import resolve_event_dues

    context = context_of(MINUTES)
    found = conclusions.recognise(context)
    # The setting, the opinions and the told report are no tasks; a part ending in tasks is read.
    assert [item.content[:20] for item in found.items] == [
        "Giao Trạm Y tế thị t",
        "Giao Phòng Văn hóa -",
        "Giao Văn phòng - Thố",
        "Giao Công an thị trấ",
    ]
    resolve_event_dues(found.items, context.document, 2027)
    assert found.items[1].due.startswith("16/10/2027")
    # A numbered plan's sections before a `KẾT LUẬN` heading are read as before: it is no minutes.
    plan = context_of(MINUTES.replace("BIÊN BẢN", "KẾ HOẠCH").replace("IV. KẾT LUẬN", "IV. KẾT LUẬN CHUNG"))
    assert len(conclusions.recognise(plan).items) > 4


def test_a_lead_in_giving_the_floor_to_the_chair_is_no_unit_heading():
    from engine.importing.layouts.prose_facts import unit_heading

    # a post's words end in a speech verb before the colon: what follows are the chair's conclusions
    assert unit_heading("Giám đốc Sở ghi nhận ý kiến của các phòng và kết luận:") is None
    assert unit_heading("Trưởng ban Chỉ đạo đề nghị các thành viên thực hiện như sau:") is None
    assert unit_heading("Phòng Nội vụ:") == ("Phòng Nội vụ", "")


def test_a_company_section_heads_its_items_as_a_unit_does():
    from engine.importing.layouts.prose_facts import names_unit, unit_heading

    # a company's sections before a capital are bodies' names, as a hospital's `Khoa` is
    assert unit_heading("Nhà máy Nước Suối Lớn") == ("Nhà máy Nước Suối Lớn", "")
    assert unit_heading("Xí nghiệp Cầu đường số 4") == ("Xí nghiệp Cầu đường số 4", "")
    assert names_unit("Chi nhánh Bắc Sơn") and names_unit("Phân xưởng Cơ điện")
    assert not names_unit("xí nghiệp đã hoàn thành")  # a lower-case word after it: no name


SECTIONS_NOTICE = """
THÔNG BÁO
Kết luận của Giám đốc Công ty tại cuộc họp giao ban tháng 9 năm 2029
I. KẾT QUẢ THÁNG 8
Sản lượng gạch đạt 4,2 triệu viên; Nhà máy gạch Tuynel Đồng Tâm vận hành ổn định.
II. NHIỆM VỤ THÁNG 9
- Nhà máy gạch Tuynel Đồng Tâm hoàn thành sửa lò nung số 2 trước ngày 20/9/2029.
- Phân xưởng tạo hình số 3 khẩn trương thay băng tải trong tháng 9/2029.
- Giao Chi nhánh Lạng Giang đôn đốc thu hồi công nợ trước ngày 30/9/2029.
- Phòng Kỹ thuật lập kế hoạch bảo dưỡng máy ép trước ngày 15/9/2029.
"""


def test_a_company_section_named_by_what_it_makes_opens_a_point_it_leads():
    # the section's word, what it makes in lower case, then its place or its number
    assert assignment_in("Nhà máy nước Sông Lam hoàn thành súc xả bể lắng.").lead == "Nhà máy nước Sông Lam"
    assert assignment_in("Xí nghiệp cấp nước số 2 khắc phục thất thoát.").lead == "Xí nghiệp cấp nước số 2"
    assert assignment_in("Giao Phân xưởng cơ khí Đông Anh sửa chữa máy bơm.").lead == (
        "Phân xưởng cơ khí Đông Anh"
    )
    items = conclusions.recognise(context_of(SECTIONS_NOTICE)).items
    assert [(item.lead, item.due) for item in items] == [
        ("Nhà máy gạch Tuynel Đồng Tâm", "trước ngày 20/9/2029"),
        ("Phân xưởng tạo hình số 3", "trong tháng 9/2029"),
        ("Chi nhánh Lạng Giang", "trước ngày 30/9/2029"),
        ("Phòng Kỹ thuật", "trước ngày 15/9/2029"),
    ]


def test_a_section_word_before_a_verb_or_no_name_names_no_section():
    from engine.importing.layouts.prose_facts import body_named

    # a verb after the word (the plant as the subject of a report), or no capital nor number within
    # three words: no section's name
    assert not body_named("Nhà máy tiếp tục duy trì sản xuất ổn định.", 0)
    assert not body_named("Chi nhánh ngân hàng tăng cường cho vay.", 0)
    assert not body_named("Xí nghiệp vận chuyển số 1 rà soát lộ trình.", 0)
    assert not body_named("nhà máy nước Sông Lam", 0)  # a section's word in lower case opens no name
    assert assignment_in("Nhà máy hoàn thành Trạm bơm số 3 trước ngày 30/9/2029.") is None


TOPIC_SENTENCES = """
THÔNG BÁO
Kết luận của Giám đốc Sở Xây dựng tại cuộc họp giao ban quý III
II. NHIỆM VỤ THỜI GIAN TỚI
1. Về quy hoạch: Hồ sơ quy hoạch chung đô thị Tân An còn thiếu. Giao Phòng Quy hoạch - Kiến trúc hoàn thiện hồ sơ, trình Sở trước ngày 10/10/2029. Viện Quy hoạch xây dựng chủ trì, phối hợp với Công ty Tư vấn Phương Nam rà soát số liệu, xong trong tháng 11/2029.
2. Về nhà ở: Ghi nhận đề xuất của Phòng Nhà ở về quỹ nhà tái định cư; giao Văn phòng Sở tham mưu phương án bố trí vốn.
3. Về hồ sơ: Các phòng gửi danh mục hồ sơ lưu trữ về Văn phòng Sở trước ngày 15/10/2029. Văn phòng Sở tổng hợp, báo cáo Giám đốc trước ngày 25/10/2029.
"""


def test_a_topic_paragraph_assigning_in_several_sentences_gives_one_task_each():
    found = conclusions.recognise(context_of(TOPIC_SENTENCES))
    rows = [(item.content.split()[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Giao", "Phòng Quy hoạch - Kiến trúc", "trước ngày 10/10/2029"),
        ("Viện", "Viện Quy hoạch xây dựng", "xong trong tháng 11/2029"),
        # one assignment in the paragraph: it stays whole, topic and all
        ("Về", "Văn phòng Sở", ""),
        ("Các", "", "trước ngày 15/10/2029"),
        ("Văn", "Văn phòng Sở", "trước ngày 25/10/2029"),
    ]
    # the context sentence before the assignments is no task
    assert not any("còn thiếu" in item.content for item in found.items)


def test_a_numbered_paragraph_telling_how_things_stand_is_no_task():
    text = """
THÔNG BÁO
Kết luận của Chủ tịch UBND phường tại cuộc họp về chỉnh trang đô thị
1. Đến nay đã tháo dỡ 46/60 biển quảng cáo sai quy định; còn 14 hộ kinh doanh chưa thực hiện.
2. Giao Đội Quản lý trật tự đô thị phường tiếp tục vận động các hộ còn lại, xong trước ngày 30/9/2029.
3. Giao Văn phòng UBND phường theo dõi, tổng hợp kết quả hằng tuần.
4. Giao Công an phường bảo đảm trật tự khi tháo dỡ.
"""
    found = conclusions.recognise(context_of(text))
    assert [item.content.split()[1] for item in found.items] == ["Đội", "Văn", "Công"]


def test_clauses_parted_by_semicolons_stay_one_task():
    text = """
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ hai
1. Về dữ liệu: Sở Tài chính chủ trì ban hành hướng dẫn trước ngày 15/3/2029; Các xã rà soát dữ liệu gửi Sở Tài chính trước ngày 30/3/2029; Sở Tài chính tổng hợp, báo cáo trong quý II/2029.
2. Giao Văn phòng theo dõi, đôn đốc.
3. Giao Sở Nội vụ kiểm tra việc thực hiện.
"""
    found = conclusions.recognise(context_of(text))
    assert len(found.items) == 3 and found.items[0].content.startswith("Về dữ liệu: Sở Tài chính")


LETTER_OF_OPINIONS = """ỦY BAN NHÂN DÂN HUYỆN ĐẢO
VĂN PHÒNG
V/v truyền đạt ý kiến của Phó Chủ tịch UBND về mùa du lịch hè
Xét đề nghị của Phòng Văn hóa, Phó Chủ tịch UBND có ý kiến chỉ đạo như sau:
- Ghi nhận, biểu dương Ban Quản lý cảng cá đã giữ vệ sinh bến tàu trong dịp lễ.
- Đánh giá cao Đội Cứu hộ bãi biển về việc cứu kịp thời 03 du khách.
- Phòng Văn hóa kiểm tra giá dịch vụ lưu trú tại các khu nghỉ dưỡng, báo cáo trước ngày 15/6/2029.
- Hoan nghênh các khách sạn đã niêm yết giá; đề nghị Hiệp hội Du lịch vận động các cơ sở còn lại niêm yết trước ngày 01/7/2029.
"""


def test_a_letter_conveying_a_leaders_opinions_is_read_without_its_praise():
    found = conclusions.recognise(context_of(LETTER_OF_OPINIONS))
    assert found is not None
    assert [item.content[:20] for item in found.items] == [
        "Phòng Văn hóa kiểm t",
        "Hoan nghênh các khác",  # the praise goes on to ask for something by a date: a task
    ]
    assert found.items[0].lead == "Phòng Văn hóa"
    # without its `… có ý kiến chỉ đạo như sau:` line the letter names no conclusions
    assert (
        conclusions.recognise(
            context_of(LETTER_OF_OPINIONS.replace("có ý kiến chỉ đạo như sau", "thông tin"))
        )
        is None
    )


RESULTS_AND_REMINDER = """THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp Hội đồng trường
1. Học kỳ I có 97% học sinh được xếp loại hạnh kiểm tốt, khá; các tổ chuyên môn đã hoàn thành chuyên đề. Ban Giám hiệu đánh giá cao Tổ Toán - Tin và Tổ Ngữ văn.
2. Giao Tổ Văn phòng cập nhật hồ sơ phổ cập giáo dục, hoàn thành trước ngày 20/2/2029.
3. Tổ Toán - Tin xây dựng đề cương ôn thi vào lớp 10, nộp Phó Hiệu trưởng trước ngày 01/3/2029.
4. Các tổ tiếp tục thực hiện nghiêm quy chế chuyên môn và giờ giấc lên lớp.
5. Tổ Ngữ văn tiếp tục bồi dưỡng đội tuyển học sinh giỏi, hoàn thành trước ngày 10/3/2029.
"""


def test_results_ending_in_the_chairs_praise_and_an_undated_reminder_to_go_on_are_no_tasks():
    found = conclusions.recognise(context_of(RESULTS_AND_REMINDER))
    assert found is not None
    assert [item.content[:14] for item in found.items] == [
        "Giao Tổ Văn ph",
        "Tổ Toán - Tin ",
        "Tổ Ngữ văn tiế",  # a unit goes on with a dated duty: a task
    ]


TWO_BODIES_ONE_POINT = """
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp về mùa khô
1. Đến nay đã chuyển giao 03 máy bơm và bàn giao 12 km kênh cho hợp tác xã; còn 4 thôn thiếu nước.
2. Giao Phòng Kinh tế lập phương án điều tiết nước; Ban Quản lý công trình thủy lợi xã nạo vét kênh nội đồng; hoàn thành trong tháng 3/2030.
3. Giao Trạm Khuyến nông hướng dẫn chuyển đổi cây trồng trước ngày 15/3/2030; Đài Truyền thanh xã phát tin hằng tuần.
4. Giao Phòng Văn hóa - Xã hội vận động nhân dân tiết kiệm nước; Ủy ban MTTQ xã phối hợp tuyên truyền.
5. Thống nhất chủ trương thu hồi, giao đất cho hộ bà Lò Thị Xuân làm trạm bơm.
6. Đối với đề nghị của thôn Nà Phầy về hỗ trợ kinh phí đào giếng: không xem xét, thôn huy động xã hội hóa.
7. Về kiến nghị của Hợp tác xã Tân Lập: Chủ tịch UBND xã không đồng ý miễn thủy lợi phí năm 2030.
8. Giao Tổ công tác phòng, chống hạn xã kiểm tra các trạm bơm trước ngày 20/3/2030.
"""


def test_two_bodies_given_tasks_in_clauses_parted_by_semicolons_are_a_task_each():
    found = conclusions.recognise(context_of(TWO_BODIES_ONE_POINT))
    rows = [(item.content, item.lead, item.due) for item in found.items]
    assert rows[:5] == [
        # the last clause gives the time the two share
        (
            "Giao Phòng Kinh tế lập phương án điều tiết nước; hoàn thành trong tháng 3/2030.",
            "Phòng Kinh tế",
            "trong tháng 3/2030",
        ),
        (
            "Ban Quản lý công trình thủy lợi xã nạo vét kênh nội đồng; hoàn thành trong tháng 3/2030.",
            "Ban Quản lý công trình thủy lợi xã",
            "trong tháng 3/2030",
        ),
        # each clause with its own time, a verb the task verbs may not list (`phát tin`)
        (
            "Giao Trạm Khuyến nông hướng dẫn chuyển đổi cây trồng trước ngày 15/3/2030.",
            "Trạm Khuyến nông",
            "trước ngày 15/3/2030",
        ),
        ("Đài Truyền thanh xã phát tin hằng tuần.", "Đài Truyền thanh xã", "hằng tuần"),
        # a clause whose body only takes part stays with the task
        (
            "Giao Phòng Văn hóa - Xã hội vận động nhân dân tiết kiệm nước; Ủy ban MTTQ xã phối hợp tuyên truyền.",
            "Phòng Văn hóa - Xã hội",
            "",
        ),
    ]


def test_results_that_hand_over_an_approval_of_land_allocation_and_refused_requests_are_no_tasks():
    found = conclusions.recognise(context_of(TWO_BODIES_ONE_POINT))
    # `bàn giao`, `chuyển giao` (handing over) and `giao đất` (allocating land) assign nothing;
    # `Đối với đề nghị …: không xem xét`, `Về kiến nghị …: … không đồng ý …` answer a request
    assert not any(
        item.content.startswith(("Đến nay", "Thống nhất", "Đối với", "Về kiến nghị")) for item in found.items
    )
    # a working group (`Tổ công tác …`) leads as a body
    assert found.items[-1].lead == "Tổ công tác phòng, chống hạn xã"


def test_a_clause_after_a_semicolon_that_only_reports_goes_on_the_task_before_it():
    text = """
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban
1. Giao Phòng Quản lý giá rà soát đơn giá; báo cáo Giám đốc Sở hằng tháng; Thanh tra Sở kiểm tra việc niêm yết giá.
2. Giao Văn phòng Sở theo dõi, đôn đốc.
"""
    found = conclusions.recognise(context_of(text))
    assert [(item.lead, item.due) for item in found.items] == [
        ("Phòng Quản lý giá", "hằng tháng"),
        ("Thanh tra Sở", ""),
        ("Văn phòng Sở", ""),
    ]


def test_a_lead_ends_before_appraising_or_arranging_but_not_inside_a_bodys_name():
    assert assignment_in("Giao Phòng Tài chính thẩm định dự toán sửa chữa trụ sở.").lead == "Phòng Tài chính"
    assert assignment_in("Giao Trường Tiểu học Kim Đồng sắp xếp phòng học cho khối 1.").lead == (
        "Trường Tiểu học Kim Đồng"
    )
    assert assignment_in("Giao Hội đồng thẩm định giá đất huyện hoàn thành hồ sơ.").lead == (
        "Hội đồng thẩm định giá đất huyện"
    )
    assert assignment_in("Đề nghị Công đoàn cơ sở phát động phong trào thi đua lao động giỏi.").lead == (
        "Công đoàn cơ sở"
    )


def test_a_schools_youth_union_and_a_staff_post_by_its_name_are_bodies():
    from engine.importing.layouts.prose_facts import names_unit, unit_heading

    assert unit_heading("Đoàn trường: phát động phong trào hiến máu tình nguyện") == (
        "Đoàn trường",
        "phát động phong trào hiến máu tình nguyện",
    )
    assert names_unit("Nhân viên Văn thư") and names_unit("Nhân viên Thiết bị - Thí nghiệm")
    assert not names_unit("nhân viên hợp đồng của trường")  # the staff, no post's name
