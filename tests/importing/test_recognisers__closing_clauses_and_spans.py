"""A plan's times and duties read around its table: a dated duty in a closing paragraph's later
clause, a span the text defines above (`trong thời gian cao điểm`), a count of days before an event
whose day is not printed (for review), the start or end of every round (`đầu mỗi năm học`), an
office's section (`Bộ phận …`) opening a unit's name, a note's request after its remark due a day
of the next round (`trước ngày 05 của tháng đầu quý sau`), a dated duty the issuer gives a named
unit after the table (`Giao <unit> …`). Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts.prose_facts import UNIT_START, due_in
from engine.importing.layouts.tables import _footnote_request
from engine.importing.model import RawItem
from engine.importing.recognisers import closing_requests
from engine.text import fold

from .helpers_blocks import BlocksDocument, document_of, table_of


def _closing(*paragraphs: str) -> list:
    table = table_of(
        [["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"], ["1", "Sửa mái", "Phòng Quản trị", "Quý I/2029"]]
    )
    table.row_lines = [10, 11]
    blocks = [table, *(Paragraph(text, line=20 + n) for n, text in enumerate(paragraphs))]
    return closing_requests(BlocksDocument(blocks), taken=set())


def test_a_later_clause_of_a_closing_paragraph_is_the_dated_duty_of_its_unit():
    found = _closing(
        "Kết thúc buổi làm việc, Chủ tịch Hội đồng lưu ý các thành viên bám sát địa bàn; Ban Kiểm tra "
        "rà soát hồ sơ, báo cáo Thường trực trước ngày 12/3/2029.",
        "Trưởng phòng Quản trị yêu cầu các tổ bảo đảm vệ sinh; Văn phòng Công ty lập sổ trực, xong trước ngày 05/3/2029.",
        # undated later clause, or no unit starts it: no item
        "Phát biểu kết luận, Giám đốc nhấn mạnh yêu cầu an toàn; Phòng Hành chính chủ động phối hợp.",
        "Phát biểu bế mạc, Giám đốc yêu cầu giữ nghiêm kỷ luật; mọi người nộp bản thu hoạch trước ngày 20/3/2029.",
    )
    assert [(item.content.split(",")[0], item.lead, item.due) for item in found] == [
        ("Ban Kiểm tra rà soát hồ sơ", "Ban Kiểm tra", "trước ngày 12/3/2029"),
        ("Văn phòng Công ty lập sổ trực", "Văn phòng Công ty", "trước ngày 05/3/2029"),
    ]


def test_a_span_named_by_its_peak_is_due_at_the_end_the_text_defines():
    text = """
    PHƯƠNG ÁN
    Bảo đảm giao thông dịp lễ hội Xuân 2029
    Thời gian cao điểm đi lại được tính từ ngày 08/02/2029 đến hết ngày 18/02/2029.
    """
    items = [
        RawItem(line=0, content="Trực chốt tại nút giao", due="trong thời gian cao điểm đi lại"),
        RawItem(line=0, content="Tăng chuyến xe buýt", due="trong thời gian cao điểm mùa hè"),  # not defined
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == [
        "18/02/2029 (trong thời gian cao điểm đi lại)",
        "trong thời gian cao điểm mùa hè",
    ]


def test_a_count_of_days_before_an_undated_event_is_a_time_for_review():
    phrase = due_in("Gửi giấy mời tới các hộ dân ít nhất 07 ngày trước ngày tổ chức đối thoại.")
    assert phrase == "ít nhất 07 ngày trước ngày tổ chức đối thoại"
    due = parse_due(phrase, year=2029)
    assert due.date is None
    assert due_in("Niêm yết công khai chậm nhất 03 ngày làm việc trước khi họp dân") == (
        "chậm nhất 03 ngày làm việc trước khi họp dân"
    )
    assert due_in("Thu gom rác thải 02 ngày một lần tại các tổ dân phố.") == ""


def test_an_office_section_named_bo_phan_opens_a_units_name():
    assert UNIT_START.match(fold("Bộ phận Tiếp nhận và Trả kết quả rà soát hồ sơ tồn đọng"))
    assert not UNIT_START.match(fold("Bộ phận này được giao thêm nhiệm vụ"))
    assert not UNIT_START.match(fold("Bộ phận chuyên môn tham mưu văn bản"))


def test_the_start_or_end_of_every_round_is_a_recurring_time():
    assert due_in("Tổ Văn phòng rà soát danh mục hồ sơ đầu mỗi năm học.") == "đầu mỗi năm học"
    assert due_in("Kiểm kê tài sản vào cuối mỗi quý; lập biên bản.") == "vào cuối mỗi quý"
    assert parse_due("đầu mỗi năm học", year=2029).recurrence is not None
    assert due_in("Mỗi năm tổ chức hai đợt kiểm tra.") == ""
    # "đầu mối" (a focal point) folds as "đầu mỗi" does: no time
    assert due_in("Chi đoàn cử đồng chí Hà làm đầu mối nắm danh sách đoàn viên.") == ""


def test_a_notes_request_after_its_remark_is_a_recurring_duty_of_the_lead_units():
    leads = ["Đội Thu gom số 1", "Đội Thu gom số 2", "Xưởng Sửa chữa"]
    note = (
        "Ghi chú: Khối lượng tính bằng tấn, cộng dồn từ đầu quý. Các đội, xưởng gửi số liệu về Phòng "
        "Kỹ thuật trước ngày 07 của tháng đầu quý sau."
    )
    item = _footnote_request(note, 12, leads)
    assert item.content == note and item.due == "trước ngày 07 của tháng đầu quý sau" and not item.lead
    assert parse_due(item.due, year=2029).recurrence == "quarterly"
    # a remark alone, or a later clause addressed to bodies that lead no row: no task
    assert _footnote_request("Ghi chú: Khối lượng tính bằng tấn; số liệu ước tính.", 12, leads) is None
    assert (
        _footnote_request("Ghi chú: Số liệu ước tính; các sở gửi số liệu trước ngày 05 tháng sau.", 12, leads)
        is None
    )
    assert due_in("Các tổ nộp bảng chấm công chậm nhất ngày 02 tháng sau.") == "chậm nhất ngày 02 tháng sau"


def test_a_dated_duty_the_issuer_gives_a_named_unit_after_the_table_is_its_task():
    found = _closing(
        "Giao Phòng Hành chính - Quản trị theo dõi việc thực hiện; báo cáo Ban Giám đốc trước ngày 22/3/2029.",
        "Giao cho Văn phòng Công ty chủ động phối hợp với các đơn vị.",  # undated: no item
        "Giao nhiệm vụ cho các tổ theo đúng tiến độ trước ngày 30/3/2029.",  # no unit named
    )
    assert [(item.lead, item.due) for item in found] == [
        ("Phòng Hành chính - Quản trị", "trước ngày 22/3/2029")
    ]


def test_a_session_named_by_its_time_of_year_is_for_review_and_a_tasks_own_span_is_due_at_its_end():
    session = due_in(
        "Tham mưu dự thảo Nghị quyết về học phí, trình tại kỳ họp cuối năm 2031 của HĐND thành phố."
    )
    assert session == "tại kỳ họp cuối năm 2031"
    due = parse_due(session, year=2031)
    assert due.date is None and due.needs_review  # the council sets the session's day, not the year's end
    assert due_in("Trình tại kỳ họp thường lệ giữa năm 2031; Phòng Giáo dục chủ trì.") == (
        "tại kỳ họp thường lệ giữa năm 2031"
    )
    assert due_in("Hoàn thành hồ sơ trong năm 2031.") == "trong năm 2031"  # no session: the year itself
    own = due_in(
        "Nhân rộng mô hình bếp ăn bán trú tại 08 trường giai đoạn 2031 - 2033; Phòng Giáo dục chủ trì."
    )
    assert own == "giai đoạn 2031 - 2033"
    assert parse_due(own, year=2031).date == date(2033, 12, 31)
    # a span the clause looks back on is no time of the task's
    assert due_in("Sơ kết, đánh giá kết quả Đề án bếp ăn bán trú giai đoạn 2026 - 2030.") == ""
    assert due_in("Tổng kết phong trào thi đua giai đoạn 2026 - 2030.") == ""
    # … and one in a document's name is its title (the task drafts it)
    assert due_in("Trình Đề án phát triển du lịch cộng đồng giai đoạn 2031 - 2035; Sở Du lịch chủ trì.") == ""


def test_a_time_another_body_will_announce_is_for_review():
    found = due_in("Tham gia Hội thi giáo viên dạy giỏi cấp tỉnh (lịch cụ thể Sở sẽ thông báo sau).")
    assert found == "lịch cụ thể Sở sẽ thông báo sau"
    due = parse_due(found, year=2031)
    assert due.date is None and due.needs_review


def test_the_heads_of_every_village_asked_under_organising_is_a_recurring_request():
    # `Trưởng các bản, tổ dân phố …` (typed with or without diacritics): every village, no lead
    found = _closing(
        "IV. TO CHUC THUC HIEN",
        "Truong cac ban, to dan pho nop danh sach ho can ho tro ve UBND xa truoc ngay 05 hang thang.",
        "Trưởng các thôn báo cáo số hộ tái nghèo trước ngày 28 hằng quý.",
        "Trưởng các thôn chủ động tuyên truyền.",  # undated: no item
    )
    assert [(item.content[:20], item.lead, item.due) for item in found] == [
        ("Truong cac ban, to d", "", "hang thang"),
        ("Trưởng các thôn báo ", "", "hằng quý"),
    ]


def test_a_notes_later_clause_giving_a_named_unit_a_duty_with_the_periodic_reports_is_its_task():
    note = (
        "Ghi chú: Lịch có thể thay đổi theo đề nghị của đoàn; Phòng Tổ chức - Hành chính tổng hợp ý kiến, "
        "gửi Tổng Giám đốc kèm theo báo cáo 6 tháng."
    )
    item = _footnote_request(note, 7, ["Ban Kiểm soát", "Ban Pháp chế"])
    assert (
        item.content.startswith("Phòng Tổ chức - Hành chính tổng hợp")
        and item.lead == "Phòng Tổ chức - Hành chính"
    )
    assert parse_due(item.due, year=2029).recurrence == "half_yearly"
    assert due_in("Đội Xe lồng ghép vào báo cáo quý kết quả bảo dưỡng.") == "lồng ghép vào báo cáo quý"
    # one report (`báo cáo quý I/2029`, `báo cáo năm 2028`), or a later clause with no time: none
    assert due_in("Đội Xe gửi kèm theo báo cáo quý I/2029.") == ""
    assert (
        _footnote_request("Ghi chú: Lịch có thể thay đổi; Phòng Tổ chức chủ động bố trí xe.", 7, []) is None
    )
