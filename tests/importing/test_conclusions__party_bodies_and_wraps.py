"""Conclusions of a Party committee: Party bodies that lead (`Chi bộ Y lãnh đạo …`, `Đề nghị Đảng ủy
X lãnh đạo …`), an approval whose subject is the committee, a report at an undated review meeting,
and a PDF's lines: a compound's hyphen wrapped to a line's start, a short numbered title."""

from datetime import date
from types import SimpleNamespace

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.conclusions import _approval
from engine.importing.layouts.outline import _runs_to_margin, _short_title
from engine.importing.layouts.prose_facts import assignment_in, due_in


def test_a_party_body_named_by_its_unit_leads_before_lanh_dao():
    assert assignment_in("Chi bộ Trường Tiểu học A lãnh đạo hoàn thành kế hoạch năm học.").lead == (
        "Chi bộ Trường Tiểu học A"
    )
    found = assignment_in("Đề nghị Đảng ủy Cơ quan Chính quyền lãnh đạo rà soát quy chế làm việc.")
    assert found.lead == "Đảng ủy Cơ quan Chính quyền"
    assert assignment_in("Ban Tuyên giáo nắm tình hình dư luận trên mạng xã hội.").lead == "Ban Tuyên giáo"


def _item(content: str, due: str = ""):
    return SimpleNamespace(content=content, due=due)


def test_an_approval_whose_subject_is_the_body_that_concludes_is_no_task():
    assert _approval(_item("Ban Thường vụ thống nhất chủ trương sửa chữa hội trường xã."))
    assert _approval(_item("Thường trực Huyện ủy đồng ý đề xuất đổi tên Chi bộ thôn 3."))
    assert not _approval(_item("Ban Thường vụ thống nhất chủ trương, giao Văn phòng lập dự toán."))
    assert not _approval(_item("Thường trực đồng ý phương án, hoàn thành trước 30/8.", due="trước 30/8"))
    assert not _approval(_item("Văn phòng thống nhất số liệu với Phòng Tài chính."))


def test_a_report_at_an_undated_review_meeting_is_for_a_person_to_set():
    text = "Đảng ủy Quân sự báo cáo Thường trực tại hội nghị giao ban quý III."
    assert due_in(text) == "tại hội nghị giao ban quý III"
    due = parse_due(due_in(text), year=2028)
    assert due.needs_review and due.date is None
    assert parse_due("tại phiên họp sơ kết 6 tháng", year=2028).date is None
    # a deadline of its own wins; a meeting with its day is that day
    assert due_in("Báo cáo trước 20/9 tại hội nghị giao ban quý III.") == "trước 20/9"
    assert parse_due("tại hội nghị giao ban ngày 05/10/2028", year=2028).date == date(2028, 10, 5)


def test_a_compound_hyphen_wrapped_to_a_pdf_lines_start_continues_the_paragraph():
    before = "- Đề nghị Hội Nông dân xã chủ trì, phối hợp các tổ chức chính trị"
    assert _runs_to_margin(before, "- xã hội vận động hội viên tham gia.", 70)
    assert not _runs_to_margin(before, "- Hội Cựu chiến binh xã tổ chức gặp mặt.", 70)
    assert not _runs_to_margin("- Ngắn", "- xã hội vận động.", 70)


def test_a_short_numbered_title_on_a_pdf_line_does_not_take_the_line_under_it():
    assert _short_title("1. Kết quả thực hiện", "Tháng 5, các chi bộ đã hoàn thành …", 72)
    assert not _short_title("1. Kết quả thực hiện", "tháng 5, các chi bộ …", 72)
    assert not _short_title("Kết quả thực hiện", "Tháng 5, các chi bộ …", 72)
    assert not _short_title("1. Kết quả thực hiện", "Tháng 5, các chi bộ …", 0)  # not a PDF


def test_a_day_and_month_alone_on_a_line_under_one_cut_before_it_ends_that_line():
    from engine.importing.layouts import conclusions
    from tests.importing.helpers_blocks import context_of

    text = """
THÔNG BÁO
Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban
1. Giao Phòng Văn hóa - Xã hội rà soát danh sách hộ cận nghèo, trình Chủ tịch trước ngày
25/10.
2. Giao Văn phòng HĐND và UBND phường tổng hợp kết quả, báo cáo chậm nhất ngày
05/11.
3. Giao Công an phường kiểm tra nhà trọ, xong trước ngày 30/11/2029.
"""
    found = conclusions.recognise(context_of(text))
    dues = [item.due for item in found.items]
    assert dues == ["trước ngày 25/10", "chậm nhất ngày 05/11", "trước ngày 30/11/2029"]
