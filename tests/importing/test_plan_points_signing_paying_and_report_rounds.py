"""A plan's numbered points that open with the division doing them (held-out h749; siblings yg1–yg3):
the verbs of signing and paying out end a unit's name (`Phòng Tài chính - Kế toán ký hợp đồng …`, `…
chi trả tiền …`: prose_facts `_VERBS`), so that such points are led beside the others; a round's last
day in words (`chậm nhất ngày cuối cùng của tháng đầu quý sau`), a bare `thời gian` closing the task
after its comma (`…, thời gian tháng 8 - 9/2027`) and a report's half-year and year rounds (`báo cáo …
06 tháng và năm`) are times (prose_facts `due_in`, deadlines `parse_due`); and under `TỔ CHỨC THỰC
HIỆN` a post given only the general direction is no item (prose_tasks `general_charges`). Their
limits: `ký`, `chi trả` only as verbs (not `Kỹ thuật`, `kỳ họp`, `Phòng Chi trả`), `thời gian` only after a
clause's stop, the rounds not a period with its year, a post given a task by name keeps it."""

from datetime import date

from engine.deadlines.parsing import HALF_YEARLY, MONTHLY, QUARTERLY, parse_due
from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import assignment_in, due_in, prints_date_or_recurrence


def _lead(text: str) -> str:
    found = assignment_in(text)
    return found.lead if found is not None else ""


def test_signing_and_paying_out_end_a_units_name():
    assert _lead("Phòng Tài chính - Kế toán ký hợp đồng ủy thác với 03 cơ sở trước ngày 31/3/2027.") == (
        "Phòng Tài chính - Kế toán"
    )
    assert _lead("Tổ Kế toán ký kết hợp đồng cung ứng giống trước ngày 15/4/2028.") == "Tổ Kế toán"
    assert _lead("Phòng Kế hoạch - Tài chính chi trả tiền khoán bảo vệ rừng trước ngày 31/3/2028.") == (
        "Phòng Kế hoạch - Tài chính"
    )


def test_signing_and_paying_out_only_as_verbs():
    # `kỹ`, `kỳ` fold as `ký` does: a name's `Kỹ thuật`, a session, are no signing
    assert _lead("Phòng Kế hoạch - Kỹ thuật thẩm định hồ sơ trồng rừng thay thế hằng quý.") == (
        "Phòng Kế hoạch - Kỹ thuật"
    )
    # printed with a capital, paying out is a name's word; so is a session's `kỳ họp`, no contract
    assert _lead("Phòng Chi trả lập danh sách người hưởng trước ngày 05 hằng tháng.") == "Phòng Chi trả"
    assert _lead("Thư ký Hội đồng trường tổng hợp biên bản kỳ họp đồng thời gửi các thành viên.") != (
        "Thư ký"
    )


def test_a_rounds_last_day_in_words_is_its_time():
    due = due_in("Đề nghị các cơ sở nộp tiền theo quý, chậm nhất ngày cuối cùng của tháng đầu quý sau.")
    assert due == "chậm nhất ngày cuối cùng của tháng đầu quý sau"
    assert parse_due(due, year=2027).recurrence == QUARTERLY
    due = due_in("Đề nghị các đơn vị đóng bảo hiểm theo tháng, chậm nhất ngày cuối cùng của tháng sau.")
    assert parse_due(due, year=2028).recurrence == MONTHLY


def test_a_bare_time_word_after_the_clause_gives_the_range_end():
    due = due_in("Ban Điều hành Quỹ tổ chức kiểm tra tại 04 Ban, thời gian tháng 8 - 9/2027.")
    assert due == "thời gian tháng 8 - 9/2027"
    assert parse_due(due, year=2027).date == date(2027, 9, 30)
    due = due_in("Tổ Kỹ thuật hướng dẫn các hộ trồng cây; thời gian thực hiện tháng 5 - 7/2028.")
    assert parse_due(due, year=2028).date == date(2028, 7, 31)
    # inside a clause it is no time label (`kéo dài thời gian …`)
    assert due_in("Đề nghị kéo dài thời gian tháng 8/2027 để hoàn thiện hồ sơ") == ""


def test_a_reports_half_year_and_year_rounds():
    due = due_in("Phòng Hành chính - Tổng hợp theo dõi, báo cáo Hội đồng quản lý Quỹ 06 tháng và năm.")
    assert due == "06 tháng và năm"  # not `Quỹ`, which folds as `quý`
    assert parse_due(due, year=2027).recurrence == HALF_YEARLY
    assert parse_due(due_in("Trạm X tổng hợp, báo cáo UBND huyện 6 tháng, năm."), year=2028).recurrence == (
        HALF_YEARLY
    )


def test_a_half_year_and_year_round_is_what_a_request_to_every_unit_must_print():
    # main-corpus h421: `Các phòng, đơn vị báo cáo … định kỳ 6 tháng, năm về Văn phòng Sở` stays an item
    assert prints_date_or_recurrence(
        due_in("Các phòng, đơn vị báo cáo kết quả định kỳ 6 tháng, năm về Văn phòng Sở.")
    )
    assert prints_date_or_recurrence("06 tháng và năm")
    assert not prints_date_or_recurrence("6 tháng và năm 2027")
    assert not prints_date_or_recurrence("6 tháng đầu năm")


def test_a_half_year_named_with_its_year_or_part_is_no_round():
    assert due_in("Phòng X báo cáo kết quả 6 tháng và năm 2027.") != "6 tháng và năm"
    assert due_in("Phòng X đã báo cáo 6 tháng và năm.") == ""
    assert parse_due("6 tháng đầu năm 2027", year=2027).recurrence != HALF_YEARLY


PLAN = """UBND TỈNH ĐÔNG BÌNH
QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG
KẾ HOẠCH
Hoạt động của Quỹ năm 2027
II. NHIỆM VỤ CỤ THỂ
1. Phòng Kế hoạch - Kỹ thuật chủ trì, phối hợp Hạt Kiểm lâm xác định diện tích rừng trong Quý I/2027.
2. Phòng Tài chính - Kế toán ký hợp đồng ủy thác với 03 cơ sở mới trước ngày 31/3/2027.
3. Phòng Tài chính - Kế toán chi trả tiền dịch vụ cho chủ rừng trước ngày 15/12/2027.
4. Phòng Kế hoạch - Kỹ thuật thẩm định hồ sơ hỗ trợ trồng rừng, trình Giám đốc Quỹ hằng quý.
5. Ban Điều hành Quỹ tổ chức kiểm tra tại 04 Ban quản lý rừng, thời gian tháng 8 - 9/2027.
III. TỔ CHỨC THỰC HIỆN
1. Giám đốc Quỹ chỉ đạo chung việc thực hiện Kế hoạch.
2. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, báo cáo Hội đồng quản lý Quỹ 06 tháng và năm.
"""


def _items(text: str):
    return import_document(text.encode(), "plan.txt", units=[], year=2027).items


def test_points_opening_with_their_division_are_led_and_the_general_direction_is_no_item():
    items = _items(PLAN)
    by_start = {item.content[:30]: item for item in items}
    assert [item.lead_text for item in items[:5]] == [
        "Phòng Kế hoạch - Kỹ thuật",
        "Phòng Tài chính - Kế toán",
        "Phòng Tài chính - Kế toán",
        "Phòng Kế hoạch - Kỹ thuật",
        "Ban Điều hành Quỹ",
    ]
    assert items[4].due_date == date(2027, 9, 30)
    assert not any(item.content.startswith("Giám đốc Quỹ chỉ đạo") for item in items)
    focal = next(item for start, item in by_start.items() if start.startswith("Phòng Hành chính"))
    assert focal.recurrence == HALF_YEARLY


def test_a_post_given_a_task_by_name_keeps_its_item():
    items = _items(
        PLAN.replace(
            "1. Giám đốc Quỹ chỉ đạo chung việc thực hiện Kế hoạch.",
            "1. Giám đốc Quỹ chỉ đạo rà soát quy chế chi trả trước ngày 30/6/2027.",
        )
    )
    assert any(item.content.startswith("Giám đốc Quỹ chỉ đạo rà soát") for item in items)
    # and a post's field of charge is still part of it (`phụ trách kỹ thuật`), `phụ trách chung` is none
    assert _lead("Phó Giám đốc Trung tâm phụ trách chung việc triển khai.") == "Phó Giám đốc Trung tâm"
    assert _lead("Phó Giám đốc Trung tâm phụ trách kỹ thuật kiểm tra vườn ươm.") == (
        "Phó Giám đốc Trung tâm phụ trách kỹ thuật"
    )
