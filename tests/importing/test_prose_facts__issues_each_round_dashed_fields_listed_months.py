"""A periodical's issues counted each round and closing their clause (`Xuất bản … bản tin, mỗi quý 01
số (Phòng X).`) are the round (prose_facts.due_in), so the bare body closing the sentence leads it;
a dashed field that is a verb too, a task's verb right after it (`Tổ Hành chính - Tổng hợp dự trù
kinh phí …`), is the name's, no run-in label (prose_facts._dash_label); months abbreviated and
listed in a due cell (`T6, T12`) are read as months (engine/deadlines/parsing.py); and a head named
by his unit's word before `trưởng` of every unit of a kind (`Đội trưởng các đội …`) is every unit
asked, an undated general charge no item (prose_tasks._every_unit_or_heads)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.prose_facts import _dash_label, due_in
from engine.importing.layouts.prose_tasks import _every_unit_or_heads
from engine.text import fold


def test_a_periodicals_issues_each_round_are_the_round():
    assert (
        due_in("Xuất bản 04 số Bản tin Công nghệ, mỗi quý 01 số (Phòng Thông tin - Thư viện).")
        == "mỗi quý 01 số"
    )
    assert due_in("Phát hành Tạp chí Du lịch tỉnh, mỗi tháng 02 số.") == "mỗi tháng 02 số"


def test_an_issue_word_opening_more_words_or_a_target_is_no_round():
    assert due_in("Biên soạn tài liệu, mỗi quý 01 số liệu thống kê về doanh nghiệp.") == ""
    assert due_in("Cung cấp mỗi quý 01 số chuyên đề cho các trường.") == ""
    assert due_in("Bổ sung cho thư viện mỗi năm 500 bản sách.") == ""


def test_a_tasks_verb_after_a_dashed_field_keeps_the_field_in_the_name():
    assert (
        _dash_label(
            "Tổ Hành chính - Tổng hợp dự trù kinh phí, trình Giám đốc phê duyệt trước ngày 10/01/2027."
        )
        is None
    )
    assert (
        _dash_label(
            "Ban Tài chính - Kế hoạch lập dự toán kinh phí năm 2028, trình Thường trực phê duyệt trước ngày 15/11."
        )
        is None
    )


def test_a_dashed_label_whose_task_is_a_fields_object_stays_a_label():
    found = _dash_label(
        "Tổ Văn phòng - Tổng hợp số liệu thi đua của các tổ, gửi Ban Giám hiệu trước ngày 20/12/2027."
    )
    assert found is not None and found[0] == "Tổ Văn phòng"
    found = _dash_label(
        "Tổ Ngữ văn - Xây dựng chuyên đề dạy học tích hợp cho khối 11, báo cáo Tổ trưởng trước ngày 10/10."
    )
    assert found is not None and found[0] == "Tổ Ngữ văn"


def test_months_abbreviated_and_listed_are_months():
    whole_year = {"year": 2027, "period_start": date(2027, 1, 1), "period_end": date(2027, 12, 31)}
    assert parse_due("T6, T12", **whole_year).date == date(2027, 12, 31)
    assert parse_due("T3, T6, T9 và T12", **whole_year).date == date(2027, 12, 31)
    assert parse_due("T4, T10", **whole_year).date == date(2027, 10, 31)


def test_a_list_out_of_order_a_bare_number_or_a_week_is_not_read_so():
    whole_year = {"year": 2027, "period_start": date(2027, 1, 1), "period_end": date(2027, 12, 31)}
    assert parse_due("T12, T6", **whole_year).date is None
    assert parse_due("T6, 12", **whole_year).date is None
    # a weekday before its day stays a weekday
    assert parse_due("T3, 01/6", **whole_year).date == date(2027, 6, 1)
    # in a week's plan `T2, T4` are weekdays
    assert (
        parse_due("T2, T4", year=2027, period_start=date(2027, 3, 1), period_end=date(2027, 3, 7)).date
        is None
    )


def test_a_head_named_by_his_units_word_of_every_unit_is_every_unit():
    assert _every_unit_or_heads(
        fold("Đội trưởng các đội, Trưởng Hải quan cửa khẩu chịu trách nhiệm tổ chức thực hiện Kế hoạch này.")
    )
    assert _every_unit_or_heads(fold("Tổ trưởng các tổ chuyên môn triển khai Kế hoạch này tại tổ."))
    assert _every_unit_or_heads(fold("Trạm trưởng các trạm y tế xã chỉ đạo thực hiện Kế hoạch."))


def test_the_head_of_one_unit_or_of_no_units_is_not_every_unit():
    assert not _every_unit_or_heads(fold("Đội trưởng Đội Nghiệp vụ chịu trách nhiệm tổ chức thực hiện."))
    assert not _every_unit_or_heads(fold("Tổ trưởng các đối tượng tham gia lớp học báo cáo."))
