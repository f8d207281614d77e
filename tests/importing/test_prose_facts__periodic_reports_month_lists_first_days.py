"""Times inside a sentence (prose_facts.due_in, then parse_due): a report sent with the periodic report
whose round the text does not say recurs; a list of months or quarters after `trong` is read at its
last; a day written in words after `trong ngày` is a deadline; a first report day followed by a round
(`… và hằng tháng`) recurs; recurrent spending (`chi thường xuyên`) is no time."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.prose_facts import due_in


def test_a_report_sent_with_the_periodic_report_recurs():
    for text, phrase in (
        (
            "Hướng dẫn các xã triển khai; định kỳ tổng hợp báo cáo Chủ tịch UBND huyện kết quả thực hiện.",
            "định kỳ tổng hợp báo cáo",
        ),
        (
            "Báo cáo Sở Giáo dục kết quả kiểm tra, được lồng ghép trong báo cáo chuyên đề định kỳ.",
            "lồng ghép trong báo cáo chuyên đề định kỳ",
        ),
        ("Các phòng định kỳ báo cáo Giám đốc kết quả thực hiện.", "định kỳ báo cáo"),
    ):
        assert due_in(text) == phrase
        due = parse_due(phrase, year=2028)
        assert due.recurrence is not None and due.recurrence != "ongoing"
        assert due.needs_review and due.date is None
    # a round printed after it is read by itself
    assert due_in("Định kỳ báo cáo Ban Giám hiệu hằng quý về kết quả thư viện.") == "hằng quý"
    assert parse_due("hằng quý", year=2028).recurrence == "quarterly"
    # a periodic check-up or a regular inspection is no report
    assert due_in("Tổ chức khám sức khỏe định kỳ cho người lao động.") == ""
    assert due_in("Kiểm tra định kỳ hệ thống phòng cháy tại kho lưu trữ.") == ""


def test_a_list_of_months_or_quarters_is_read_at_its_last():
    text = "Tổ chức tập huấn cho cán bộ thư viện. Thực hiện trong tháng 9, tháng 10 năm 2028."
    assert due_in(text) == "trong tháng 9, tháng 10 năm 2028"
    assert parse_due(due_in(text), year=2028).date == date(2028, 10, 31)
    text = "Khảo sát mức độ hài lòng của phụ huynh, xong trong quý I và quý II/2028."
    assert parse_due(due_in(text), year=2028).date == date(2028, 6, 30)
    # a later, separate deadline still wins over the list
    text = "Rà soát hồ sơ trong tháng 3, tháng 4 năm 2028; hoàn thành trước ngày 15/5/2028."
    assert due_in(text) == "trước ngày 15/5/2028"
    # a count after a month is no second month
    assert due_in("Thực hiện trong tháng 3, 4 đơn vị được chọn.") == "trong tháng 3"


def test_a_day_in_words_after_trong_ngay_is_a_deadline():
    text = "Gửi Sở Tư pháp tổng hợp, báo cáo Chủ tịch UBND tỉnh trong ngày 07 tháng 8 năm 2028."
    assert due_in(text) == "trong ngày 07 tháng 8 năm 2028"
    assert parse_due(due_in(text), year=2028).date == date(2028, 8, 7)
    # a document cited by its day is no deadline
    assert due_in("Thực hiện Công văn số 15/STP ngày 02 tháng 8 năm 2028 về rà soát văn bản.") == ""


def test_a_first_report_day_followed_by_a_round_recurs():
    text = "Theo dõi giá vật liệu xây dựng, báo cáo UBND tỉnh trước ngày 10 tháng 3 năm 2028 và hằng tháng."
    assert due_in(text) == "hằng tháng"
    assert parse_due(due_in(text), year=2028).recurrence == "monthly"
    text = "Kiểm kê kho hàng trước ngày 30/6/2028, sau đó hằng quý."
    assert parse_due(due_in(text), year=2028).recurrence == "quarterly"
    # a round of something else before a later day leaves the day the task's time
    text = "Cập nhật số liệu hằng tháng; hoàn thành báo cáo tổng hợp trước ngày 30/11/2028."
    assert due_in(text) == "trước ngày 30/11/2028"


def test_recurrent_spending_is_no_time():
    text = "Lập dự toán kinh phí từ nguồn chi thường xuyên được giao, trình Giám đốc xem xét."
    assert due_in(text) == ""
    text = "Đăng ký nhu cầu vốn, chi tiết nguồn vốn đầu tư, chi thường xuyên, gửi Sở Tài chính."
    assert due_in(text) == ""
    # a standing duty still is one
    assert due_in("Theo dõi, cập nhật thường xuyên tình hình dịch bệnh.") == "thường xuyên"


def test_a_round_named_by_theo_closing_the_sentence_recurs():
    # "… theo quý." closing the sentence: each quarter's round (so "theo từng tháng", "theo tuần")
    due = due_in("Tổng hợp, báo cáo Sở Tài chính tình hình thu phí trên địa bàn huyện theo quý.")
    assert due == "theo quý"
    assert parse_due(due, year=2028).recurrence == "quarterly"
    monthly = due_in("Các xã gửi số liệu tiêm chủng theo từng tháng.")
    assert parse_due(monthly, year=2028).recurrence == "monthly"
    assert parse_due(due_in("Cập nhật số ca bệnh theo tuần."), year=2028).recurrence == "weekly"
    # … not a split by periods, nor one mid-sentence, nor one that a number follows
    assert due_in("Lập kế hoạch vốn phân kỳ theo quý.") == ""
    assert due_in("Xây dựng bảng tiến độ theo quý.") == ""
    assert due_in("Báo cáo theo quý để Sở tổng hợp trình UBND tỉnh.") == ""
    assert parse_due("Theo tháng 5/2028", year=2028).recurrence is None


def test_a_month_alone_as_the_last_clause_after_a_semicolon_is_the_tasks_time():
    # "…; tháng 10 năm 2027.": the clause is the task's time, as after a colon
    assert due_in("Kiểm tra việc quản lý vận hành các bãi đỗ xe tại trung tâm huyện; tháng 9 năm 2028.") == (
        "tháng 9 năm 2028"
    )
    assert due_in("Tập huấn nghiệp vụ cho cán bộ địa chính xã; quý II/2028.") == "quý II/2028"
    # … with its year only, and as the whole last clause
    assert due_in("Rà soát danh mục; tháng 9.") == ""
    assert due_in("Rà soát danh mục; tháng 9 năm 2028 tổ chức sơ kết tại huyện.") == ""


def test_a_periodic_round_of_days_recurs_only_after_dinh_ky():
    text = "Trạm Thú y báo cáo tình hình dịch bệnh về Chi cục định kỳ 10 ngày một lần."
    assert due_in(text) == "định kỳ 10 ngày một lần"
    assert parse_due(due_in(text), year=2028).recurrence == "weekly"
    # a count of days without `định kỳ` says how the work is done; a longer round is no report period's
    assert due_in("Tổ kỹ thuật phun chế phẩm sinh học 7 ngày một lần.") == ""
    assert due_in("Trạm báo cáo về Chi cục định kỳ 20 ngày một lần.") == ""
