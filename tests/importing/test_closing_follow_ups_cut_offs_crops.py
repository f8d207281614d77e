"""Closing duties after a notice's or a programme's last task, a figures' cut-off day, annual crops
and a table note that is an occasion: which rules read them (prose_tasks, recognisers, prose_facts,
tables)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

import io

from engine.importing.build import import_document
from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import due_in
from engine.importing.layouts.prose_tasks import follows_up
from engine.importing.layouts.tables import _note_by_plan
from tests.importing.helpers_blocks import context_of

NOTICE = """
UBND HUYỆN MINH AN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Minh An, ngày 03 tháng 4 năm 2029
THÔNG BÁO
Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 4 năm 2029
Ngày 02/4/2029, Trưởng phòng chủ trì cuộc họp giao ban; Trưởng phòng kết luận như sau:
I. NHIỆM VỤ THÁNG 4
1. Đối với Bộ phận Tiểu học:
- Tổng hợp tình hình tuyển sinh lớp 1 đến ngày 15/4/2029, báo cáo tại cuộc họp giao ban tháng sau.
2. Đối với Bộ phận Kế toán:
- Quyết toán kinh phí hội khỏe trước ngày 20/4/2029.
3. Các trường rà soát hồ sơ phổ cập giáo dục trước ngày 25/4/2029.
Bộ phận Văn thư theo dõi, đôn đốc việc thực hiện các nội dung trên, báo cáo Trưởng phòng tại cuộc họp giao ban hằng tháng.
Phòng Giáo dục và Đào tạo thông báo để các trường biết, thực hiện./.
Nơi nhận: Các trường; Lưu: VT.
"""


def test_a_units_closing_follow_up_of_a_notice_is_an_item_of_its_own():
    items = conclusions.recognise(context_of(NOTICE)).items
    last = items[-1]
    assert last.content.startswith("Bộ phận Văn thư theo dõi, đôn đốc")
    assert last.lead == "Bộ phận Văn thư"
    # … and lends no words to the paragraph above it (a task to every school, no lead of its own)
    every = next(item for item in items if item.content.startswith("Các trường rà soát"))
    assert every.lead != "Bộ phận Văn thư"


def test_follow_ups_of_everything_above_and_other_paragraphs():
    assert follows_up("Văn phòng Sở theo dõi, đôn đốc việc thực hiện các nội dung trên, báo cáo …")
    assert follows_up("Phòng Tổng hợp là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Thông báo này.")
    assert not follows_up("Văn phòng Sở theo dõi, đôn đốc tiến độ dự án trụ sở, báo cáo trước ngày 30/6.")
    assert not follows_up("Các đơn vị theo dõi, đôn đốc việc thực hiện các nội dung trên.")


def test_a_figures_cut_off_day_gives_way_to_the_meeting_that_hears_them():
    assert due_in(
        "Tổng hợp tình hình tuyển sinh lớp 1 đến ngày 15/4/2029, báo cáo tại cuộc họp giao ban tháng sau."
    ) == ("tại cuộc họp giao ban tháng sau")
    # with no meeting after it, the day stays the time; a deadline's "đến ngày" is no cut-off
    assert due_in("Tổng hợp số liệu lũy kế đến ngày 15/4/2029.") == "đến ngày 15/4/2029"
    assert (
        due_in("Nộp hồ sơ đến ngày 15/4/2029, báo cáo tại cuộc họp giao ban tháng sau.")
        == "đến ngày 15/4/2029"
    )


def test_a_briefing_by_its_month_with_its_day_in_parentheses_is_due_that_day():
    # (held-out h876) the day printed after the month, not the month's end
    assert (
        due_in("Các bộ phận báo cáo kết quả tại cuộc họp giao ban tháng 01/2027 (ngày 26/01/2027).")
        == "tại cuộc họp giao ban tháng 01/2027 (ngày 26/01/2027)"
    )
    assert (
        due_in("Các tổ báo cáo tại phiên họp tháng 4/2029 (15/4/2029).")
        == "tại phiên họp tháng 4/2029 (15/4/2029)"
    )
    # the month alone, or a parenthesis that is no day, stays the month
    assert (
        due_in("Các phòng báo cáo tại cuộc họp giao ban tháng 5/2029.")
        == "tại cuộc họp giao ban tháng 5/2029"
    )
    assert (
        due_in("Các phòng báo cáo tại cuộc họp giao ban tháng 5/2029 (lần 2).")
        == "tại cuộc họp giao ban tháng 5/2029"
    )


def test_annual_crops_are_no_round():
    assert due_in("Mở rộng diện tích cây hằng năm trên đất dốc.") == ""
    assert due_in("Tổ chức ngày hội trồng cây hằng năm.") == ""
    assert due_in("Kiểm kê tài sản hằng năm.") == "hằng năm"


def test_a_note_naming_an_occasion_is_a_time_to_set():
    assert _note_by_plan("Khi phát sinh") == "Khi phát sinh"
    assert _note_by_plan("Khi có yêu cầu của cấp trên") == "Khi có yêu cầu của cấp trên"
    assert _note_by_plan("Đột xuất") == "Đột xuất"
    assert _note_by_plan("Đã hoàn thành") == ""


def test_a_roadmap_note_beside_an_indicators_figures_says_how_the_figure_is_set_not_when():
    # h718, ye3: `Giá bán điện bình quân | đ/kWh | 2065 | … | Theo lộ trình điều chỉnh giá`: no time
    assert _note_by_plan("Theo lộ trình điều chỉnh giá", figures=True) == ""
    assert _note_by_plan("Theo lộ trình giảm thất thoát đến năm 2030", figures=True) == ""
    assert _note_by_plan("Theo kế hoạch của Tổng công ty", figures=True) == ""
    # limits: an occasion's note beside figures is still the time; a task row (no figures) keeps the
    # roadmap as its time, for a person to set
    assert _note_by_plan("Đột xuất khi có phản ánh của khách hàng", figures=True) == (
        "Đột xuất khi có phản ánh của khách hàng"
    )
    assert _note_by_plan("Khi phát sinh", figures=True) == "Khi phát sinh"
    assert _note_by_plan("Theo lộ trình của Tập đoàn") == "Theo lộ trình của Tập đoàn"
    assert _note_by_plan("Theo tiến độ dự án") == "Theo tiến độ dự án"


def test_an_indicator_sheets_roadmap_note_leaves_the_row_with_no_time():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["CHỈ TIÊU KẾ HOẠCH NĂM 2029"])
    sheet.append(["TT", "Chỉ tiêu", "Đơn vị tính", "KH 2029", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"])
    sheet.append(["1", "Sản lượng nước thương phẩm", "triệu m³", 43, "Phòng Kinh doanh", "31/12/2029", None])
    sheet.append(
        [
            "2",
            "Giá bán nước bình quân",
            "đ/m³",
            10300,
            "Phòng Kinh doanh",
            None,
            "Theo lộ trình điều chỉnh giá",
        ]
    )
    sheet.append(["3", "Số mẫu nước kiểm tra", "mẫu", 1300, "Trung tâm Xét nghiệm", None, "Khi có phản ánh"])
    buffer = io.BytesIO()
    book.save(buffer)
    items = import_document(buffer.getvalue(), "chi_tieu.xlsx", units=[], year=2029).items
    assert [item.due_text for item in items] == ["31/12/2029", None, "Khi có phản ánh"]


PROGRAMME = """
CHI BỘ TRƯỜNG TIỂU HỌC AN BÌNH
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029
I. NỘI DUNG
TT\tNội dung\tBộ phận chủ trì\tThời gian
1\tSơ kết học kỳ I\tBan Giám hiệu\tTháng 01/2029
2\tHội thi giáo viên dạy giỏi cấp trường\tTổ chuyên môn khối 5\tTháng 3/2029
3\tTổng kết năm học\tBan Giám hiệu\tTháng 5/2029
II. TỔ CHỨC THỰC HIỆN
Tổ Văn phòng tổng hợp kết quả, báo cáo Chi ủy trước ngày 25 hằng tháng.
Các tổ căn cứ Chương trình chủ động thực hiện.
"""


def test_a_named_units_duty_each_round_with_a_day_under_the_organising_part_is_an_item():
    result = import_document(PROGRAMME.encode(), "ct.txt", units=[], year=2029)
    contents = [item.content for item in result.items]
    assert contents[-1].startswith("Tổ Văn phòng tổng hợp kết quả")
    assert result.items[-1].lead_text == "Tổ Văn phòng"
    assert result.items[-1].recurrence not in (None, "ongoing")
    assert not any(content.startswith("Các tổ căn cứ") for content in contents)


def test_a_departments_name_over_a_dash_and_a_verb_of_accounts_end_where_they_should():
    from engine.importing.layouts.prose_facts import assignment_in

    found = assignment_in("Tổ Công đoàn Khoa Cơ khí - Động lực lập danh sách đoàn viên.")
    assert found.lead == "Tổ Công đoàn Khoa Cơ khí - Động lực"
    found = assignment_in("Phòng Kế hoạch - Tài chính quyết toán kinh phí năm 2028 trước ngày 10/3.")
    assert found.lead == "Phòng Kế hoạch - Tài chính"
