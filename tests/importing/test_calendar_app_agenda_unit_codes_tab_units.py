"""A phone calendar app's agenda view printed as text (events `HH:MM – HH:MM  <title>`, detail lines
marked by icons under them, `[Đã hủy]`, `Không có sự kiện nào`); an e-office export whose unit code
column stands beside the unit's name; a page of tabs, one per unit, whose tables name no unit. Texts
other than the corpus documents'."""

import pytest

from engine.importing.build import import_document
from engine.importing.headers import classify
from engine.importing.layouts.days import is_not_task, parse_time
from tests.importing.helpers_blocks import table_of

pytestmark = pytest.mark.django_db


def test_a_time_span_gives_its_start_and_its_end_is_no_part_of_the_title():
    assert parse_time("13:30 – 15:00  Họp Ban chỉ đạo") == ("13:30", "Họp Ban chỉ đạo")
    assert parse_time("8h00 - 9h30: Kiểm tra kho") == ("8h00", "Kiểm tra kho")
    # a title opening with a post's letters is no minute mark (`p`)
    assert parse_time("9h PCT dự họp") == ("9h", "PCT dự họp")
    assert parse_time("7h30p: Chào cờ") == ("7h30p", "Chào cờ")


def test_an_app_marks_an_empty_day_and_an_event_called_off_in_its_own_words():
    assert is_not_task("Không có sự kiện nào")
    assert is_not_task("[Đã hủy] Họp Ban Chỉ huy quân sự")
    assert not is_not_task("Không có sự cố về điện trong đợt kiểm tra")


_AGENDA = """Lịch Ban Giám hiệu - Trường THPT Nguyễn Huệ
30 thg 3, 2028 - 1 thg 4, 2028

Thứ Năm, 30 tháng 3, 2028
  07:00 – 08:30  Chào cờ và sinh hoạt đầu tuần toàn trường
                 📍 Sân trường
                 ↻ Hằng tuần vào Thứ Năm
                 🔔 10 phút trước
                 Chuẩn bị: Đoàn Thanh niên trường
  09:00 – 10:00  [Đã hủy] Họp tổ Toán bàn kế hoạch ôn thi
                 📍 Phòng bộ môn
                 Chuẩn bị: Tổ Toán - Tin

Thứ Sáu, 31 tháng 3, 2028
  Không có sự kiện nào

Thứ Bảy, 1 tháng 4, 2028
  14:00 – 16:00  PHT Đỗ Văn Long duyệt đề kiểm tra giữa học kỳ II
                 👥 Người tham dự: tổ trưởng chuyên môn
                 Chuẩn bị: Tổ Ngữ văn
"""


def test_an_agenda_views_icon_lines_are_fields_of_the_event_above():
    imported = import_document(_AGENDA.encode(), "lich.txt", units=[], year=2028)
    read = [(item.content[:24], item.lead_text, item.due_date.isoformat()) for item in imported.items]
    assert read == [
        ("Chào cờ và sinh hoạt đầu", "Đoàn Thanh niên trường", "2028-03-30"),
        ("PHT Đỗ Văn Long duyệt đề", "Tổ Ngữ văn", "2028-04-01"),
    ]
    assert "📍 Sân trường" in imported.items[0].note


def test_a_unit_code_column_is_no_lead_and_names_the_unit_where_its_name_is_missing():
    header = ["STT", "Nội dung", "Mã đơn vị thực hiện", "Đơn vị thực hiện", "Thời hạn"]
    table = table_of(
        [
            header,
            ["1", "Cập nhật cơ sở dữ liệu hộ tịch", "G01.07", "Phòng Tư pháp", "15/5/2028"],
            ["2", "Kiểm tra hồ sơ đất đai tồn đọng", "G01.09", "Phòng Tài nguyên", "20/5/2028"],
            ["3", "Rà soát thủ tục chứng thực", "G01.07", "", "25/5/2028"],
            ["4", "Báo cáo công tác hòa giải", "G01.11", "", "30/5/2028"],
        ]
    )
    assert classify(table).roles["lead"] == 3
    text = "\n".join(",".join(row) for row in [header, *[[c.text for c in r] for r in table.rows[1:]]])
    imported = import_document(text.encode(), "xuat.csv", units=[], year=2028)
    assert [item.lead_text for item in imported.items] == [
        "Phòng Tư pháp",
        "Phòng Tài nguyên",
        "Phòng Tư pháp",  # the code every other row pairs with that name
        "",  # a code no row names: no lead (a person sets it)
    ]


_TABS = """<html><body><h1>Kế hoạch tháng 6/2028</h1>
<div class="nav nav-tabs" role="tablist">
<button data-bs-toggle="tab" data-bs-target="#a">Phòng Lý lịch tư pháp</button>
<button data-bs-toggle="tab" data-bs-target="#b">Quý II</button>
</div>
<div class="tab-content">
<div class="tab-pane active" id="a"><p>Các việc trong tháng:</p><table>
<tr><th>STT</th><th>Nội dung</th><th>Thời hạn</th></tr>
<tr><td>1</td><td>Cấp phiếu lý lịch tư pháp trực tuyến</td><td>30/6/2028</td></tr>
</table></div>
<div class="tab-pane" id="b"><table>
<tr><th>STT</th><th>Nội dung</th><th>Thời hạn</th></tr>
<tr><td>1</td><td>Sơ kết công tác quý II</td><td></td></tr>
</table></div></div></body></html>"""


def test_a_tab_label_naming_a_unit_leads_its_panes_table_and_one_naming_a_period_does_not():
    imported = import_document(_TABS.encode(), "kh.html", units=[], year=2028)
    assert [(item.content, item.lead_text) for item in imported.items] == [
        ("Cấp phiếu lý lịch tư pháp trực tuyến", "Phòng Lý lịch tư pháp"),
        ("Sơ kết công tác quý II", ""),
    ]
