"""A small body's notice of conclusions (a school, a commune health station, a commune office) gives
its points to staff posts, not units: a team's head (`Tổ trưởng tổ …`, `Tổ trưởng chuyên môn`), a
staff member by the work he does (`Nhân viên y tế`, `Kế toán`, `Văn thư`, `Y sĩ`), a station's head
(`Trưởng trạm`), the teachers of every class (`Giáo viên các lớp`), and a request to the parents'
board (`Đề nghị Ban đại diện cha mẹ học sinh …`). Each such point is an item led by the post as
printed. So in a small body's plan for one event, where a post opens its point as a run-in label
(`Hiệu trưởng: …`, `Tổng phụ trách Đội: …`, `Giáo viên Âm nhạc: …`, its holder in parentheses left
out); the event's facts (`NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM`) are no items, and a report paragraph opening
with when it falls (`Sau khi kết thúc Hội thi, Phó Hiệu trưởng tổng hợp …`) is one. Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import UNIT_START, assignment_in, unit_heading
from engine.text import fold

NOTICE = """THÔNG BÁO
Kết luận của Trưởng trạm tại cuộc họp giao ban tháng 3 năm 2028

Ngày 02/3/2028, Trạm Y tế phường Hòa Bình họp giao ban tháng 3. Trưởng trạm kết luận như sau:

1. Đánh giá chung
Tháng 02/2028, Trạm hoàn thành tiêm chủng mở rộng đạt 98%; việc nhập dữ liệu hồ sơ sức khỏe còn chậm.

2. Nhiệm vụ tháng 3/2028
a) Phó Trưởng trạm phụ trách dự phòng chỉ đạo tiêm vắc xin sởi cho trẻ 9 tháng tuổi, hoàn thành trong tháng 3/2028.
b) Y sĩ đa khoa cập nhật hồ sơ sức khỏe điện tử cho người cao tuổi, xong trước ngày 25/3/2028.
c) Kế toán quyết toán kinh phí quý I, trình Trưởng trạm trước ngày 31/3/2028.
d) Nữ hộ sinh theo dõi phụ nữ mang thai trên địa bàn, báo cáo vào ngày 28 hằng tháng.
đ) Tổ trưởng tổ Tiêm chủng rà soát thuốc, vật tư y tế trước ngày 20/3/2028.
3. Đề nghị Ban đại diện cộng đồng khu phố phối hợp vận động người dân tham gia ngày hội hiến máu tổ chức ngày 15/3/2028.

Trên đây là kết luận của Trưởng trạm; đề nghị các bộ phận, cá nhân thực hiện./.
"""


def test_a_small_bodys_staff_post_opens_a_name_that_leads():
    for text in (
        "Tổ trưởng chuyên môn rà soát",
        "Nhân viên y tế phối hợp",
        "Nhân viên bảo vệ kiểm tra",
        "Kế toán lập dự toán",
        "Văn thư cập nhật",
        "Giáo viên các nhóm, lớp thường xuyên",
        "Ban đại diện cha mẹ học sinh vận động",
    ):
        assert UNIT_START.match(fold(text)), text
    # the words as a topic or in a saying: no post that leads
    for text in ("Kế toán, thống kê là", "Văn thư là bộ phận", "Nhân viên được giao", "Giáo viên là người"):
        assert not UNIT_START.match(fold(text)), text


def test_the_post_leads_as_printed():
    assert (
        assignment_in("Kế toán lập dự toán thu, chi năm 2028, trình Hiệu trưởng trước ngày 25/12/2027.").lead
        == "Kế toán"
    )
    assert (
        assignment_in("Nhân viên y tế phối hợp với Trạm Y tế xã khám sức khỏe cho trẻ.").lead
        == "Nhân viên y tế"
    )
    assert (
        assignment_in("Tổ trưởng tổ Nhà trẻ hoàn thiện hồ sơ đánh giá trẻ trước ngày 20/12/2027.").lead
        == "Tổ trưởng tổ Nhà trẻ"
    )
    found = assignment_in("Đề nghị Ban đại diện cha mẹ học sinh phối hợp vận động phụ huynh tham gia.")
    assert found.lead == "Ban đại diện cha mẹ học sinh"


def test_a_stations_notice_of_conclusions_gives_each_point_to_its_post():
    imported = import_document(NOTICE.encode(), "tb.txt", units=[], year=2028)
    assert imported.layout.startswith("conclusions")
    leads = [item.lead_text for item in imported.items]
    assert leads == [
        "Phó Trưởng trạm phụ trách dự phòng",
        "Y sĩ đa khoa",
        "Kế toán",
        "Nữ hộ sinh",
        "Tổ trưởng tổ Tiêm chủng",
        "Ban đại diện cộng đồng khu phố",
    ]
    assert not any(item.content.startswith("Tháng 02/2028") for item in imported.items)


SCHOOL_NOTICE = """THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp Hội đồng trường tháng 10 năm 2028

I. ĐÁNH GIÁ CHUNG
Tháng 9/2028, nhà trường khai giảng an toàn; việc cập nhật hồ sơ học sinh còn chậm.

II. NHIỆM VỤ TRỌNG TÂM
1. Tổ trưởng chuyên môn khối 3 rà soát kế hoạch dạy học, nộp trước ngày 10/10/2028.
2. Nhân viên bảo vệ kiểm tra hệ thống điện, bình chữa cháy hằng tuần.
III. Đề nghị Ban đại diện cha mẹ học sinh phối hợp vận động phụ huynh tham gia Hội thi Giai điệu tuổi hồng ngày 20/11/2028.

Trên đây là kết luận của Hiệu trưởng./.
"""


def test_a_request_to_one_body_printed_as_a_roman_point_is_an_item():
    imported = import_document(SCHOOL_NOTICE.encode(), "tb.txt", units=[], year=2028)
    leads = [item.lead_text for item in imported.items]
    assert leads == ["Tổ trưởng chuyên môn khối 3", "Nhân viên bảo vệ", "Ban đại diện cha mẹ học sinh"]
    assert imported.items[-1].due_text == "ngày 20/11/2028"


# A small body's plan for one event whose assignment section opens each point with a post as a run-in
# label; its facts section and its report paragraph (opening with when it falls). Own text.
EVENT_PLAN = """KẾ HOẠCH
Tổ chức Hội thi Tiếng hát học sinh năm 2028

I. MỤC ĐÍCH, YÊU CẦU
Tạo sân chơi lành mạnh cho học sinh, phát hiện các em có năng khiếu.

II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM
- Nội dung: Đơn ca, song ca, tốp ca theo khối lớp.
- Thời gian: 8 giờ 00 ngày 18/11/2028.
- Địa điểm: Hội trường nhà trường.

III. PHÂN CÔNG NHIỆM VỤ
1. Hiệu trưởng: Ký quyết định thành lập Ban Giám khảo trước ngày 01/11/2028.
2. Phó Hiệu trưởng (cô Lê Thu Hà): Xây dựng thể lệ Hội thi, gửi các lớp trước ngày 05/11/2028.
3. Giáo viên Âm nhạc: Hướng dẫn các tiết mục dự thi xong trước ngày 15/11/2028.
4. Tổng phụ trách Đội: Trang trí hội trường, chuẩn bị âm thanh trước ngày 17/11/2028.
5. Thủ quỹ: Chi giải thưởng theo dự toán được duyệt trong ngày 18/11/2028.

IV. CHẾ ĐỘ BÁO CÁO
Sau khi kết thúc Hội thi, Phó Hiệu trưởng tổng hợp kết quả, báo cáo UBND phường trước ngày 22/11/2028.

Trên đây là Kế hoạch tổ chức Hội thi Tiếng hát học sinh năm 2028./.
"""


def test_a_staff_post_before_a_colon_is_a_run_in_label_that_leads():
    for text, post in (
        ("Hiệu trưởng: Ký quyết định …", "Hiệu trưởng"),
        ("Tổng phụ trách Đội: Trang trí hội trường …", "Tổng phụ trách Đội"),
        ("Giáo viên Giáo dục thể chất: Tập luyện …", "Giáo viên Giáo dục thể chất"),
        ("Kế toán: Lập dự trù kinh phí …", "Kế toán"),
        ("Thủ quỹ: Chi giải thưởng …", "Thủ quỹ"),
        ("Nhân viên thư viện: Trưng bày sách …", "Nhân viên thư viện"),
        # the holder named in parentheses is no part of the post
        ("Phó Hiệu trưởng (thầy Đinh Quang Vũ): Xây dựng …", "Phó Hiệu trưởng"),
        ("Y sĩ (anh Phạm Văn Lực): Khám sàng lọc …", "Y sĩ"),
    ):
        assert unit_heading(text) == (post, text.partition(": ")[2]), text


def test_a_post_without_its_colon_or_a_topic_before_one_is_no_label():
    # the chair who speaks, not an addressee; a topic or a field's label; a subject not capitalised
    for text in (
        "Hiệu trưởng nhấn mạnh việc bảo đảm an toàn cho học sinh.",
        "Hiệu trưởng kết luận:",
        "Kế toán, thống kê: Thực hiện đúng chế độ …",
        "Giáo viên là người hướng dẫn: …",
        "Giáo viên dự thi: 12 người.",
        "Thời gian: 8 giờ 00 ngày 18/11/2028.",
    ):
        assert unit_heading(text) is None, text


def test_an_event_plan_gives_each_post_its_point_and_its_report():
    imported = import_document(EVENT_PLAN.encode(), "kh.txt", units=[], year=2028)
    leads = [item.lead_text for item in imported.items]
    assert leads == [
        "Hiệu trưởng",
        "Phó Hiệu trưởng",
        "Giáo viên Âm nhạc",
        "Tổng phụ trách Đội",
        "Thủ quỹ",
        "Phó Hiệu trưởng",
    ]
    # the event's facts are no items; the report opening with when it falls is one
    assert not any(item.content.startswith(("Nội dung", "Thời gian", "Địa điểm")) for item in imported.items)
    assert imported.items[-1].due_text == "trước ngày 22/11/2028"


def test_a_report_opening_with_when_it_falls_but_naming_no_doer_is_no_item():
    plan = EVENT_PLAN.replace(
        "Sau khi kết thúc Hội thi, Phó Hiệu trưởng tổng hợp kết quả",
        "Sau khi kết thúc Hội thi, tổng hợp kết quả",
    )
    imported = import_document(plan.encode(), "kh.txt", units=[], year=2028)
    assert [item.lead_text for item in imported.items][-1] == "Thủ quỹ"
    assert not any("tổng hợp kết quả" in item.content for item in imported.items)


def test_a_councils_secretary_before_a_colon_leads_and_a_bare_secretary_does_not():
    # the body he serves named after the post (h698, xd2, xd3)
    for text, post in (
        ("Thư ký Hội đồng thi thử: Nhập điểm …", "Thư ký Hội đồng thi thử"),
        ("Thư ký Hội đồng trường: Lập danh sách khách mời …", "Thư ký Hội đồng trường"),
        ("Thư ký Ban chỉ đạo: Tổng hợp báo cáo …", "Thư ký Ban chỉ đạo"),
    ):
        assert unit_heading(text) == (post, text.partition(": ")[2]), text
    # a meeting's secretary named in minutes: a person, no label
    assert unit_heading("Thư ký: Nguyễn Thị Hoa") is None


def test_a_parents_board_leads_its_request_whatever_verb_follows_its_name():
    # the name ends with the parents it speaks for and their school, `nhà trường` (h698, h528, xd2, xd3)
    for text, board in (
        (
            "Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ kinh phí photo đề cương.",
            "Ban đại diện cha mẹ học sinh nhà trường",
        ),
        ("Đề nghị Ban đại diện cha mẹ trẻ đóng góp quà tặng cho trẻ.", "Ban đại diện cha mẹ trẻ"),
        (
            "Đề nghị Ban đại diện cha mẹ trẻ em nhà trường ủng hộ đồ chơi.",
            "Ban đại diện cha mẹ trẻ em nhà trường",
        ),
        ("Đề nghị Ban ĐDCMHS ủng hộ trang phục cho học sinh.", "Ban ĐDCMHS"),
        ("Đề nghị Hội Cha mẹ học sinh hỗ trợ kinh phí.", "Hội Cha mẹ học sinh"),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == board, text
    # the board named with its class goes on (not cut at `học sinh`); parents as people are no body
    found = assignment_in("Đề nghị Ban đại diện cha mẹ học sinh lớp 12A1 phối hợp tổ chức buổi gặp mặt.")
    assert found is not None and found.lead == "Ban đại diện cha mẹ học sinh lớp 12A1"
    assert assignment_in("Cha mẹ học sinh hỗ trợ kinh phí photo đề cương.") is None


def test_a_division_or_ward_head_by_bare_post_before_a_colon_leads():
    # the issuer's own head or deputy head by post alone, the holder's note left out (h869, wg1–wg3)
    for text, post in (
        ("Phó Trưởng phòng (bà Lê Thu Hà): xây dựng Quy chế chi tiêu nội bộ …", "Phó Trưởng phòng"),
        ("Phó Trưởng phòng: rà soát hồ sơ lưu trữ …", "Phó Trưởng phòng"),
        ("Phó Trưởng khoa (ông Trần Văn Khải): kiểm tra hồ sơ bệnh án …", "Phó Trưởng khoa"),
        ("Trưởng khoa: duyệt lịch trực …", "Trưởng khoa"),
    ):
        assert unit_heading(text) == (post, text.partition(": ")[2]), text
    # the post who speaks, or every deputy: no run-in label of one post
    for text in ("Phó Trưởng phòng phát biểu: đề nghị …", "Các Phó Trưởng phòng: theo dõi …"):
        assert unit_heading(text) is None, text
