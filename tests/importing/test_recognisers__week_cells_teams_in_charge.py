"""A week cell merged over its rows as their due, a day printed inside that week, and teams named in
a column of those in charge (h13fixNF)."""

from engine.importing.blocks import Paragraph
from engine.importing.units import names_a_unit
from tests.importing.helpers_blocks import table_items, table_of


def _plan():
    return table_of(
        [
            ["Tuần", "Công việc", "Người phụ trách"],
            [("Tuần 2\n(12/01 - 16/01)", 2, 1), "Kiểm kê tài sản cuối năm của khoa", "Tổ Hành chính khoa"],
            ["Tập huấn kiểm soát nhiễm khuẩn (chiều 14/01)", "Điều dưỡng trưởng Vũ Thị Hạnh"],
            [("Tuần 3\n(từ 19/01 đến 23/01)", 1, 1), "Chuẩn bị hồ sơ thi đua cuối năm", "Công đoàn bộ phận"],
        ]
    )


def test_a_week_cell_merged_over_its_rows_dates_them_and_a_day_inside_it_wins():
    items = table_items(Paragraph("LỊCH CÔNG TÁC THÁNG 01/2029", 1), _plan())
    assert [item.due for item in items] == ["12/01 - 16/01", "14/01", "19/01 đến 23/01"]


def test_a_day_outside_the_week_is_not_the_row_day():
    from engine.importing.layouts.tables import _day_in_range

    assert _day_in_range("Chuẩn bị cho đợt kiểm tra ngày 30/01", "12/01 - 16/01") == ""
    assert _day_in_range("Trực Tết (sáng 02/01)", "29/12 - 02/01") == "02/01"


def test_teams_in_a_column_of_those_in_charge_lead_and_persons_do_not():
    items = table_items(Paragraph("LỊCH CÔNG TÁC THÁNG 01/2029", 1), _plan())
    assert [item.lead for item in items] == ["Tổ Hành chính khoa", "", "Công đoàn bộ phận"]
    assert items[1].leader == "Điều dưỡng trưởng Vũ Thị Hạnh"


def test_a_trade_union_and_a_youth_union_branch_name_units():
    assert names_a_unit("Công đoàn cơ sở Trường Tiểu học An Bình")
    assert names_a_unit("Chi đoàn Khối văn phòng")


def _tracker(progress: str, note: str):
    return table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn xử lý", "Tiến độ thực hiện"],
            ["1", "Số hóa hồ sơ đất đai giai đoạn 1", "Phòng Tài nguyên", "31/07/2029", progress],
            ["2", "Kiểm kê rừng trồng", "Hạt Kiểm lâm", "30/09/2029", ""],
            [(note, 1, 5)],
        ]
    )


def test_a_progress_cell_granting_the_extension_asked_for_gives_the_new_deadline():
    granted = "Trễ hạn; đã đề nghị gia hạn tới ngày 15/9/2029, lãnh đạo UBND đã phê duyệt"
    items = table_items(_tracker(granted, ""))
    assert items[0].due == "15/9/2029"
    refused = "Đã xin gia hạn đến 15/9/2029, không được chấp thuận"
    assert table_items(_tracker(refused, ""))[0].due == "31/07/2029"
    waiting = "Đã xin gia hạn đến 15/9/2029, đang chờ ý kiến"
    assert table_items(_tracker(waiting, ""))[0].due == "31/07/2029"


def test_a_note_asking_every_unit_in_so_many_words_for_a_weekly_duty_is_an_item():
    note = "Ghi chú: đề nghị các đơn vị cập nhật tiến độ vào bảng này trước 10h00 thứ Hai hằng tuần."
    items = table_items(_tracker("", note))
    assert [item.content[:32] for item in items][-1] == "đề nghị các đơn vị cập nhật tiến"
    assert items[-1].lead == ""


def test_one_day_of_every_round_without_a_year_is_a_recurring_deadline():
    from engine.deadlines.parsing import parse_due
    from engine.importing.layouts.tables import _day_rounds

    rounds = _day_rounds("Chậm nhất 25/01, 25/4, 25/7, 25/10")
    assert parse_due(rounds, year=2029).recurrence == "quarterly"
    assert parse_due(_day_rounds("Trước 30/6 và 30/12"), year=2029).recurrence == "half_yearly"
    assert _day_rounds("Trước 30/6/2029 và 30/12/2029") == ""  # dated, each of that year
    assert _day_rounds("05/3 và 20/3") == ""  # two steps of one task


def test_a_named_unit_periodic_report_after_the_last_table_is_its_item():
    from engine.importing.recognisers import closing_requests
    from tests.importing.helpers_blocks import BlocksDocument

    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
            ["1", "Cập nhật cơ sở dữ liệu giá đất", "Phòng Quản lý đất đai", "30/10/2029"],
        ]
    )
    closing = Paragraph(
        "Phòng Kế hoạch - Tài chính tổng hợp kết quả, báo cáo Giám đốc Sở vào tháng đầu của mỗi quý.", 9
    )
    document = BlocksDocument([table, closing])
    document.lines = []
    found = closing_requests(document, {2}, ["Phòng Quản lý đất đai"])
    assert [(item.lead, item.due) for item in found] == [
        ("Phòng Kế hoạch - Tài chính", "vào tháng đầu của mỗi quý")
    ]


def test_a_scan_misreading_a_section_row_roman_number_still_names_its_unit():
    table = table_of(
        [
            ["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời hạn"],
            [("I. SỞ Y TẾ", 1, 4)],
            ["1", "Kiểm tra an toàn thực phẩm bếp ăn tập thể", "UBND các xã", "Quý III/2029"],
            [("Il. SỞ GIÁO DỤC VÀ ĐÀO TẠO", 1, 4)],
            ["1", "Tổ chức bữa ăn học đường đạt chuẩn", "Sở Y tế", "Năm 2029"],
            [("III SỞ XÂY DỰNG", 1, 4)],
            ["1", "Rà soát quy hoạch chợ đầu mối nông sản", "Sở Công Thương", "Tháng 12/2029"],
        ]
    )
    assert [item.lead for item in table_items(table)] == ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ XÂY DỰNG"]
