"""A time that gives a start and then a completion, a round's days printed in parentheses, and a
standing body's duty among points that name their units: how a labelled plan's times and its
organising section read (engine/deadlines/parsing.py, prose_facts, prose_tasks)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import due_in
from tests.importing.helpers_blocks import context_of


def test_a_start_then_a_completion_is_due_at_the_completion():
    assert parse_due("Bắt đầu tháng 2/2029, hoàn thành tháng 7/2029", year=2029).date == date(2029, 7, 31)
    assert parse_due("Triển khai từ quý II, kết thúc quý IV/2029", year=2029).date == date(2029, 12, 31)
    assert parse_due("Khởi công 01/5; hoàn thành trước 20/9/2029", year=2029).date == date(2029, 9, 20)


def test_a_time_without_a_completion_is_read_as_before():
    assert parse_due("Thực hiện trong tháng 6/2029", year=2029).date == date(2029, 6, 30)
    assert parse_due("Tháng 3 - tháng 5/2029", year=2029).date == date(2029, 5, 31)


def test_a_rounds_days_in_parentheses_are_no_deadline():
    text = "Các trường gửi báo cáo về Phòng định kỳ 6 tháng (trước ngày 12/6) và năm (trước ngày 12/12)."
    due = due_in(text)
    assert parse_due(due, year=2029).recurrence is not None


def test_a_day_in_parentheses_without_a_round_is_still_the_deadline():
    assert due_in("Các trường gửi báo cáo sơ kết học kỳ (trước ngày 20/1/2029).") == "trước ngày 20/1/2029"
    assert (
        due_in("Các trường gửi báo cáo hằng tháng; báo cáo tổng kết trước ngày 10/12.") == "trước ngày 10/12"
    )


PLAN = """
KẾ HOẠCH
Phát triển thư viện trường học năm 2029
I. NHIỆM VỤ
1. Bổ sung 2.000 đầu sách cho thư viện các trường tiểu học vùng sâu.
- Đơn vị chủ trì: Phòng Giáo dục Tiểu học.
- Đơn vị phối hợp: Các trường tiểu học.
- Thời gian: Bắt đầu tháng 2/2029, hoàn thành tháng 7/2029.
2. Tập huấn nghiệp vụ cho cán bộ thư viện các trường.
- Đơn vị chủ trì: Phòng Tổ chức cán bộ.
- Đơn vị phối hợp: Trung tâm Bồi dưỡng nhà giáo.
- Thời gian: Quý III/2029.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục Tiểu học là đơn vị thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo định kỳ 6 tháng, năm.
2. Đề nghị Hội Khuyến học tỉnh vận động các nhà hảo tâm tặng sách cho học sinh.
"""


def test_the_standing_body_leads_its_duty_among_points_that_name_units():
    found = prose_plan.recognise(context_of(PLAN))
    by_ref = {item.ref: item for item in found.items}
    assert by_ref["I.1"].lead == "Phòng Giáo dục Tiểu học"
    assert parse_due(by_ref["I.1"].due, year=2029).date == date(2029, 7, 31)
    assert by_ref["II.1"].lead == "Phòng Giáo dục Tiểu học"
    assert parse_due(by_ref["II.1"].due, year=2029).recurrence is not None
    assert by_ref["II.2"].lead == "Hội Khuyến học tỉnh"


ORGANISING = """
KẾ HOẠCH
Chuyển đổi số trong trường học năm 2029
I. NHIỆM VỤ
1. Xây dựng kho học liệu số dùng chung cho các trường trung học cơ sở.
- Đơn vị chủ trì: Phòng Giáo dục Trung học.
- Thời gian: Quý IV/2029.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục Trung học là đơn vị thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2029.
3. Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao.
"""


def test_one_named_units_undated_duty_under_the_organising_section_is_an_item():
    found = prose_plan.recognise(context_of(ORGANISING))
    by_ref = {item.ref: item for item in found.items}
    assert by_ref["II.2"].lead == "Phòng Kế hoạch - Tài chính"
    assert not by_ref["II.2"].due
    assert by_ref["II.1"].lead == "Phòng Giáo dục Trung học"


def test_a_general_charge_to_the_heads_of_every_unit_is_no_item():
    found = prose_plan.recognise(context_of(ORGANISING))
    assert "II.3" not in {item.ref for item in found.items}


def test_a_standing_bodys_name_runs_on_after_a_comma_with_a_field_in_lower_case():
    from engine.importing.layouts.prose_tasks import standing_body_lead

    text = "Đội Điều tra, tổng hợp là đơn vị thường trực, giúp Trưởng phòng theo dõi, đôn đốc việc thực hiện Kế hoạch."
    assert standing_body_lead(text, "Đội Điều tra") == "Đội Điều tra, tổng hợp"
    # limit: a unit after the comma is another body, and a sentence that names no standing body keeps its lead
    assert (
        standing_body_lead("Phòng Tổ chức, Văn phòng là đơn vị đầu mối, tổng hợp kết quả.", "Phòng Tổ chức")
        == "Phòng Tổ chức"
    )
    assert (
        standing_body_lead("Đội Điều tra, tổng hợp kết quả gửi Văn phòng.", "Đội Điều tra") == "Đội Điều tra"
    )


def test_a_numbered_standing_body_above_an_appendix_leads_by_its_whole_name():
    from engine.importing.blocks import Paragraph
    from engine.importing.recognisers import closing_requests

    from .helpers_blocks import BlocksDocument, table_of

    appendix = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Kiểm tra kho vật tư", "Đội Hậu cần, kỹ thuật", "Tháng 8/2029"],
        ]
    )
    appendix.row_lines = [40, 41]
    texts = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Đội Hậu cần, kỹ thuật là đơn vị thường trực, giúp Chỉ huy trưởng theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Chỉ huy các đội căn cứ Kế hoạch bố trí lực lượng phù hợp.",
        "PHỤ LỤC",
    ]
    blocks = [*(Paragraph(text, line=20 + n) for n, text in enumerate(texts)), appendix]
    found = closing_requests(BlocksDocument(blocks), taken={41})
    assert [(item.lead, item.due) for item in found] == [("Đội Hậu cần, kỹ thuật", "")]


# h13fixXE (h695, h702): a range of months with its year, and a focal body's duty followed in the same
# closing paragraph by every unit's report request.


def test_a_range_of_months_with_its_year_is_read_at_its_last_month():
    assert due_in("Kiểm tra tiền sử tiêm chủng khi nhập học (tháng 8 - 9/2027).") == "tháng 8 - 9/2027"
    assert due_in("Tập huấn cho nông dân trong tháng 7 - 8/2028.") == "trong tháng 7 - 8/2028"
    assert due_in("Diễn tập trong tháng 10-11 năm 2028.") == "trong tháng 10-11 năm 2028"
    assert parse_due("tháng 8 - 9/2027", year=2027).date == date(2027, 9, 30)


def test_a_range_of_months_without_a_year_is_not_taken_as_a_range():
    # a forecast's months with no year, and a count after a month: no range read
    assert due_in("Độ mặn có thể vượt 1‰ vào tháng 3 - 4.") == "vào tháng 3"
    assert due_in("Lấy mẫu trong tháng 3 - 5 ngày một lần.") == "trong tháng 3"
    assert due_in("Trẻ 1 - 5 tuổi được tiêm bổ sung.") == ""


def _closing_plan(closing: str) -> str:
    return f"""
KẾ HOẠCH
Bảo đảm cấp nước mùa khô năm 2027
I. NHIỆM VỤ CỤ THỂ
1. Xí nghiệp Quản lý mạng lưới
a) Súc xả 18 km đường ống phân phối trong Quý I/2027.
b) Thay thế 200 đồng hồ nước hỏng trước ngày 30/4/2027.
2. Phòng Kinh doanh
a) Thông báo lịch tạm ngừng cấp nước cho khách hàng (thường xuyên).
b) Rà soát hợp đồng dịch vụ cấp nước trước ngày 31/5/2027.
II. TỔ CHỨC THỰC HIỆN
{closing}
"""


def _closing_items(closing: str) -> list:
    found = prose_plan.recognise(context_of(_closing_plan(closing)))
    return [item for item in found.items if "TỔ CHỨC" in (item.section or "")]


def test_a_focal_bodys_duty_then_every_units_report_request_are_two_items():
    items = _closing_items(
        "Phòng Kỹ thuật là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các đơn vị báo cáo tình hình cấp nước về Phòng Kỹ thuật vào thứ Sáu hằng tuần từ tháng 02 đến hết tháng 5/2027."
    )
    assert [item.content.split()[:3] for item in items] == [["Phòng", "Kỹ", "thuật"], ["Các", "đơn", "vị"]]
    duty, request = items
    assert duty.lead == "Phòng Kỹ thuật" and not duty.due
    assert not request.lead and parse_due(request.due, year=2027).recurrence is not None


def test_the_request_with_two_dates_is_due_at_the_last():
    items = _closing_items(
        "Khoa Kiểm soát bệnh tật là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các khoa, phòng báo cáo kết quả 6 tháng trước ngày 20/6/2027, báo cáo năm trước ngày 15/12/2027 về Khoa Kiểm soát bệnh tật."
    )
    duty, request = items
    assert duty.lead == "Khoa Kiểm soát bệnh tật" and not duty.due
    assert parse_due(request.due, year=2027).date == date(2027, 12, 15)


def test_a_focal_bodys_duty_then_a_general_charge_stays_one_item():
    # no report asked, no time: the later sentence is no item, the paragraph is the body's duty
    items = _closing_items(
        "Phòng Kỹ thuật là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các đơn vị chủ động phối hợp triển khai."
    )
    assert len(items) == 1 and items[0].lead == "Phòng Kỹ thuật" and not items[0].due


def test_a_report_request_with_no_time_of_its_own_is_no_item_of_its_own():
    items = _closing_items(
        "Phòng Kỹ thuật là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các đơn vị báo cáo kết quả về Phòng Kỹ thuật."
    )
    assert len(items) == 1 and items[0].lead == "Phòng Kỹ thuật"


def test_a_named_units_dated_duty_then_a_request_is_read_as_before():
    # not a standing or focal body: the paragraph stays one duty of the unit, dated as printed
    items = _closing_items(
        "Phòng Kỹ thuật tổng hợp kết quả, báo cáo Giám đốc Công ty trước ngày 10/6/2027. Các đơn vị báo cáo kết quả về Phòng Kỹ thuật trước ngày 05/6/2027."
    )
    assert len(items) == 1 and items[0].lead == "Phòng Kỹ thuật"
