"""A unit's name whose second part follows a dash (prose_facts.dashed_part): `Ban Văn nghệ - Giải
trí`, `Phòng Hành chính - Trị sự` go on past the dash where what follows it has a name's shape (a
capital word, at most two lower-case ones, then the sentence's verb, `và` and another unit, or a
stop), while a dash before the task, its time or a person still ends the name; `Ban Chuyên đề` keeps
its `đề` (only the printed `để` ends a name); and a named Day's bare day in parentheses (`Ngày Quốc
tế Lao động (01/5)`) is the Day's, not the task's time, where the sentence prints its own date."""

from engine.importing.layouts.prose_facts import assignment_in, dashed_part, due_in


def _lead(text: str) -> str:
    found = assignment_in(text)
    assert found is not None
    return found.lead


def test_a_second_part_after_a_dash_continues_the_name():
    assert _lead("Ban Văn nghệ - Giải trí chuẩn bị chương trình ca nhạc tối 29/4/2027.") == (
        "Ban Văn nghệ - Giải trí"
    )
    assert (
        _lead("Phòng Dịch vụ - Quảng cáo rà soát bảng giá quảng cáo năm 2027.") == "Phòng Dịch vụ - Quảng cáo"
    )
    assert _lead("Khoa Ngoại - Chấn thương bố trí giường bệnh dự phòng trước ngày 15/6.") == (
        "Khoa Ngoại - Chấn thương"
    )
    assert _lead("Phòng Tổ chức - Cán bộ tham mưu quy hoạch cán bộ giai đoạn 2026-2031.") == (
        "Phòng Tổ chức - Cán bộ"
    )
    assert _lead("Phòng Khoa học - Hợp tác quốc tế tổ chức hội thảo khoa học cấp trường.") == (
        "Phòng Khoa học - Hợp tác quốc tế"
    )


def test_two_dashed_names_joined_by_va_both_stay_whole():
    text = (
        "Ban Kỹ thuật - Công nghệ và Phòng Hành chính - Trị sự hoàn thành lắp đặt hệ thống trước ngày 30/4."
    )
    assert _lead(text) == "Ban Kỹ thuật - Công nghệ và Phòng Hành chính - Trị sự"
    text = "Phòng Lao động - Thương binh và Xã hội chủ trì rà soát danh sách hộ nghèo."
    assert _lead(text) == "Phòng Lao động - Thương binh và Xã hội"


def test_a_name_of_three_dashed_parts_stays_whole():
    assert _lead("Khoa Tai - Mũi - Họng tổ chức khám sàng lọc cho học sinh.") == "Khoa Tai - Mũi - Họng"
    assert _lead("Phòng Tổ chức - Hành chính - Quản trị rà soát tài sản công.") == (
        "Phòng Tổ chức - Hành chính - Quản trị"
    )


def test_a_dashed_part_before_a_comma_or_the_level_it_serves():
    assert _lead("Ban Tuyên giáo - Dân vận, Ban Tổ chức phối hợp tổ chức hội nghị.") == (
        "Ban Tuyên giáo - Dân vận, Ban Tổ chức"
    )
    assert (
        _lead("Đài Phát thanh - Truyền hình tỉnh đưa tin thường xuyên.")
        == "Đài Phát thanh - Truyền hình tỉnh"
    )


def test_a_dash_before_the_task_its_time_or_a_person_is_no_name():
    assert dashed_part("Xây dựng chuyên đề dạy học cho khối 11.") == ""
    assert dashed_part("Tháng 5/2027 hoàn thành.") == ""
    assert dashed_part("Hằng quý báo cáo kết quả.") == ""
    assert dashed_part("Thường xuyên theo dõi.") == ""
    assert dashed_part("Đồng chí Lê Văn An theo dõi tiến độ.") == ""
    assert dashed_part("Nguyễn Thị Hoa phụ trách.") == ""
    assert _lead("Phòng Nội vụ - Đồng chí Lê Văn An theo dõi tiến độ.") == "Phòng Nội vụ"


def test_dashed_part_reads_the_names_shape():
    assert dashed_part("Giải trí chuẩn bị chương trình") == "Giải trí"
    assert dashed_part("Trị sự và Ban Thư ký hoàn thành") == "Trị sự"
    assert dashed_part("Trị sự") == "Trị sự"
    # a capital word then lower-case words that no verb, stop or level ends: a phrase, no name
    assert dashed_part("Công tác cán bộ năm 2027") == ""


def test_a_topic_de_stays_in_the_name_the_purpose_de_ends_it():
    assert (
        _lead("Ban Chuyên đề thực hiện loạt phóng sự gồm 05 kỳ, phát sóng trong tháng 5/2027.")
        == "Ban Chuyên đề"
    )
    assert _lead("Phòng Kinh tế để nắm tình hình, báo cáo trước ngày 10/5.") == "Phòng Kinh tế"
    # `đề` opening a verb (`đề nghị`, `đề xuất`) still ends the name
    assert _lead("Ban Quản lý chợ Nam đề nghị kiểm tra hệ thống phòng cháy.") == "Ban Quản lý chợ Nam"
    assert _lead("Ban Chuyên đề đề xuất kế hoạch sản xuất chương trình năm 2028.") == "Ban Chuyên đề"


def test_a_named_days_bare_day_in_parentheses_is_no_due_beside_the_tasks_own_date():
    text = (
        "Ban Thời sự xây dựng kế hoạch tuyên truyền kỷ niệm 52 năm Ngày giải phóng hoàn toàn miền Nam,"
        " thống nhất đất nước (30/4) và Ngày Quốc tế Lao động (01/5), trình Tổng Biên tập trước ngày"
        " 10/4/2027."
    )
    assert due_in(text) == "trước ngày 10/4/2027"
    text = (
        "Đoàn Thanh niên tổ chức hoạt động chào mừng Ngày Sách và Văn hóa đọc (21/4), đăng ký trước ngày"
        " 05/4/2028."
    )
    assert due_in(text) == "trước ngày 05/4/2028"


def test_a_named_days_bare_day_alone_or_a_deadline_before_a_day_stays_the_due():
    # no date of the task's own: the Day's day is its time
    assert due_in("Hội Liên hiệp Phụ nữ xã tổ chức mít tinh nhân Ngày Quốc tế Phụ nữ (08/3).") == "08/3"
    # `trước ngày lễ …`: a day written in lower case before its gloss is the deadline's
    text = (
        "Ban Quản lý chợ hoàn thành sửa chữa mái che trước ngày lễ Quốc khánh (2/9), báo cáo ngày 15/8/2027."
    )
    assert due_in(text) == "2/9"
