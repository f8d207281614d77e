"""A notice of conclusions' days printed without a year (`trước 20/12`: the next such day on or after the
notice's own day, event_dues.yearless_after_notice) and a day closing a sentence before the place the act
is done at (`… tham gia Ngày hội hiến máu ngày 15/11/2028 tại Hội trường Bệnh viện.`: that day,
prose_facts._CLOSING_DAY); their limits (h725, xg1, siblings ye1, ye2)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import due_in

NOTICE = """
BỆNH VIỆN ĐA KHOA TỈNH AN HÒA
THÔNG BÁO
Kết luận của Giám đốc Bệnh viện tại buổi giao ban tháng 12/2028
Ngày 08/12/2028, Bệnh viện tổ chức giao ban chuyên môn tháng 12/2028. Chủ trì: Giám đốc Bệnh viện. Giám đốc kết luận như sau:
1. Phòng Kế hoạch tổng hợp xây dựng phương án trực Tết, hoàn thành trước 20/12.
2. Phòng Tài chính kế toán rà soát hồ sơ thanh toán, báo cáo Giám đốc trước ngày 10/01.
3. Khoa Dược kiểm kê thuốc, vật tư y tế tồn kho, hoàn thành trước ngày 28 tháng 12.
4. Phòng Điều dưỡng kiểm tra hồ sơ chăm sóc trước 05/12.
5. Phòng Công nghệ thông tin hoàn thành sao lưu dữ liệu bệnh án trước ngày 31/12/2028.
6. Phòng Tổ chức cán bộ gửi báo cáo trước ngày 15/12 hằng năm.
7. Toàn thể viên chức, người lao động tham gia Hội thao ngày 22/12/2028 tại Nhà thi đấu tỉnh.
Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.
"""


def _dues(text, name, year):
    items = import_document(text.encode(), name, units=[], year=year).items
    return {item.content.split()[1]: (item.due_text, item.due_date) for item in items}


def test_a_yearless_day_in_a_notice_is_the_next_such_day_on_or_after_the_meeting():
    dues = _dues(NOTICE, "tbkl.txt", 2029)
    assert dues["Kế"][1] == date(2028, 12, 20)  # `trước 20/12` after a meeting on 08/12/2028
    assert dues["Kế"][0] == "trước 20/12/2028"  # the year printed into the due
    assert dues["Tài"][1] == date(2029, 1, 10)  # across the new year
    assert dues["Dược"][1] == date(2028, 12, 28)  # `ngày 28 tháng 12`
    # a day before the meeting's is next year's; a printed year and a yearly round are left as read
    assert dues["Điều"][1] == date(2029, 12, 5)
    assert dues["Công"][1] == date(2028, 12, 31)
    assert "2028" not in dues["Tổ"][0] and "2029" not in dues["Tổ"][0]  # `trước ngày 15/12 hằng năm`
    # a dated act of all the staff at a place: its day
    assert dues["thể"][1] == date(2028, 12, 22)


def test_the_notices_heading_date_is_its_own_day():
    text = NOTICE.replace(
        "BỆNH VIỆN ĐA KHOA TỈNH AN HÒA\n",
        "BỆNH VIỆN ĐA KHOA TỈNH AN HÒA\nAn Hòa, ngày 10 tháng 12 năm 2028\n",
    )
    text = text.replace("Ngày 08/12/2028, Bệnh viện tổ chức giao ban", "Bệnh viện tổ chức giao ban")
    assert _dues(text, "tbkl.txt", 2029)["Kế"][1] == date(2028, 12, 20)


def test_limits_no_own_day_or_no_notice_leave_the_programmes_year():
    # a notice printing no day of its own with its year: the programme's year
    text = NOTICE.replace("Ngày 08/12/2028, Bệnh viện tổ chức giao ban", "Bệnh viện tổ chức giao ban")
    assert _dues(text, "tbkl.txt", 2029)["Kế"][1] == date(2029, 12, 20)
    # a yearly programme printing `20/12` (signed in December of the year before) means its own year
    programme = """
SỞ NỘI VỤ TỈNH AN HÒA
An Hòa, ngày 15 tháng 12 năm 2028
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029
1. Phòng Tổ chức biên chế thẩm định đề án vị trí việc làm trước 20/12.
2. Phòng Công chức, viên chức tổ chức thi tuyển công chức trong tháng 6/2029.
3. Văn phòng Sở tổng hợp báo cáo năm trước ngày 25/12.
"""
    items = import_document(programme.encode(), "ct.txt", units=[], year=2029).items
    assert [item.due_date for item in items if item.due_text and "/12" in item.due_text] == [
        date(2029, 12, 20),
        date(2029, 12, 25),
    ]


def test_a_day_closing_a_sentence_before_the_place_of_the_act_is_its_time():
    assert (
        due_in(
            "Toàn thể viên chức, người lao động Bệnh viện tham gia Ngày hội hiến máu tình nguyện ngày 15/11/2028 tại Hội trường Bệnh viện."
        )
        == "ngày 15/11/2028"
    )
    assert (
        due_in(
            "Toàn thể cán bộ, công chức xã tham gia ra quân tổng vệ sinh ngày 27/12/2026 tại khu trung tâm xã."
        )
        == "ngày 27/12/2026"
    )
    # limits: more of the clause after the place, a numbered place, a cited paper or a meeting before the day
    assert (
        due_in(
            "Toàn thể công chức tham gia Hội thao ngày 26/12/2027 tại Nhà thi đấu huyện, đăng ký với Đội Hành chính."
        )
        == ""
    )
    assert due_in("Các đội dự Hội nghị ngày 20/12/2027 tại phòng họp số 2.") == ""
    assert due_in("Các khoa quán triệt Kết luận tại cuộc họp ngày 05/11/2028 tại Hội trường.") == ""
