"""Task slips and meeting minutes: a slip's time counted from its own `Ngày giao …` row
(engine/importing/event_dues.py, the label read as context by engine/importing/headers.py), an
extended deadline noting the one it replaced (engine/deadlines/parsing.py), a meeting dated `Vào hồi
…`, an approved extension that is no task (prose_tasks.py), an office whose name lists its fields
(prose_facts.unit_heading) and `hằng năm` only as a whole word (prose_facts.due_in); a round of a
few days and a vague time with its days in parentheses (parsing.py), a phase row printing its months
in parentheses (layouts/tables.py)."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.build import import_document
from engine.importing.event_dues import resolve_event_dues
from engine.importing.headers import record_rows, role_scores
from engine.importing.layouts.prose_facts import due_in, unit_heading
from engine.importing.layouts.prose_tasks import approves_extension
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import document_of, table_items, table_of

SLIPS = """<html><body>
<h1>PHIẾU XỬ LÝ VĂN BẢN ĐẾN — TRƯỜNG THPT NAM ĐÀN</h1>
<h4>Phiếu số 07</h4>
<table>
<tr><td>Ngày giao:</td><td>06/9/2029</td></tr>
<tr><td>Nội dung:</td><td>Lập danh sách học sinh đăng ký học tăng cường môn Toán học kỳ I.</td></tr>
<tr><td>Đơn vị thực hiện:</td><td>Tổ Toán - Tin</td></tr>
<tr><td>Thời hạn:</td><td>04 ngày làm việc kể từ ngày giao</td></tr>
</table>
<h4>Phiếu số 08</h4>
<table>
<tr><td>Ngày giao:</td><td>10/9/2029</td></tr>
<tr><td>Nội dung:</td><td>Kiểm kê thiết bị phòng thí nghiệm Hóa học, đề xuất bổ sung hóa chất.</td></tr>
<tr><td>Đơn vị thực hiện:</td><td>Tổ Khoa học tự nhiên</td></tr>
<tr><td>Thời hạn:</td><td>Trong 12 ngày kể từ ngày giao</td></tr>
</table>
</body></html>"""


def test_a_slips_time_counts_from_the_day_its_own_given_row_prints():
    imported = import_document(SLIPS.encode(), "slips.html", units=[], year=2029)
    got = [(item.lead_text, item.due_date) for item in imported.items]
    assert got == [
        ("Tổ Toán - Tin", date(2029, 9, 12)),  # Thursday 06/9 + four working days
        ("Tổ Khoa học tự nhiên", date(2029, 9, 22)),
    ]


def test_a_label_naming_the_day_a_task_was_given_is_context_not_the_task():
    assert role_scores("Ngày giao nhiệm vụ") == {"context": 0.9}
    assert role_scores("Ngày nhận:") == {"context": 0.9}
    slip = table_of(
        [
            ["Ngày giao nhiệm vụ:", "03/4/2029"],
            ["Nhiệm vụ:", "Rà soát hồ sơ cán bộ đến tuổi nghỉ hưu"],
            ["Đơn vị chủ trì:", "Phòng Tổ chức cán bộ"],
            ["Thời hạn hoàn thành:", "20/4/2029"],
        ]
    )
    assert [role for role, _label, _value in record_rows(slip)] == ["context", "content", "lead", "due"]


def test_an_extension_that_notes_the_original_deadline_keeps_the_new_one():
    assert parse_due("20/5/2029 (gia hạn lần 2; hạn cũ ngày 10/5/2029)", year=2029).date == date(2029, 5, 20)
    assert parse_due("Xong trước 30/9/2029 (thời hạn ban đầu: 15/9/2029)", year=2029).date == date(
        2029, 9, 30
    )
    assert parse_due("30/6/2029 (gia hạn: 31/7/2029)", year=2029).date == date(2029, 7, 31)


def test_a_meeting_dated_vao_hoi_counts_the_days_after_it():
    document = document_of(
        """BIÊN BẢN HỌP
Vào hồi 09 giờ 00, thứ Sáu, ngày 07/9/2029, tại phòng họp Hội đồng trường.
Tổ Ngữ văn nộp kế hoạch ngoại khóa trong 05 ngày kể từ ngày họp."""
    )
    item = RawItem(line=3, content="Tổ Ngữ văn nộp kế hoạch ngoại khóa", due="trong 05 ngày kể từ ngày họp")
    resolve_event_dues([item], document, 2029)
    assert item.due == "12/09/2029 (trong 05 ngày kể từ ngày họp)"


def test_an_approved_extension_that_assigns_nothing_is_no_task():
    assert approves_extension("Đồng ý cho lùi thời hạn nộp báo cáo quyết toán đến ngày 30/6/2029.")
    assert approves_extension("Chấp thuận gia hạn hợp đồng thuê kho thêm 03 tháng (đến hết tháng 9/2029).")
    assert not approves_extension("Thống nhất gia hạn đến 30/6/2029; giao Phòng Kế toán theo dõi.")
    assert not approves_extension("Đồng ý chủ trương sửa chữa nhà xe.")
    minutes = """BIÊN BẢN HỌP
Giao ban tháng 8/2029
I. KẾT LUẬN
1. Thống nhất kéo dài thời gian khảo sát tại xã Hưng Lộc đến ngày 25/9/2029.
2. Phòng Kỹ thuật: hoàn thiện báo cáo khảo sát trước ngày 30/9/2029.
3. Phòng Hành chính: bố trí xe đưa đón đoàn khảo sát trước ngày 10/9/2029.
4. Phòng Kế toán: thanh toán công tác phí cho đoàn trước ngày 15/10/2029."""
    imported = import_document(minutes.encode(), "minutes.txt", units=[], year=2029)
    assert [item.lead_text for item in imported.items] == [
        "Phòng Kỹ thuật",
        "Phòng Hành chính",
        "Phòng Kế toán",
    ]


def test_an_office_named_by_a_list_of_its_fields_is_the_whole_label():
    assert unit_heading("Phòng Thanh tra, giải quyết khiếu nại, tố cáo: tổng hợp đơn thư tồn đọng") == (
        "Phòng Thanh tra, giải quyết khiếu nại, tố cáo",
        "tổng hợp đơn thư tồn đọng",
    )
    assert unit_heading("Ban Tuyên truyền, hướng dẫn và kiểm tra: in tờ rơi cho các khu dân cư") == (
        "Ban Tuyên truyền, hướng dẫn và kiểm tra",
        "in tờ rơi cho các khu dân cư",
    )
    # a lead with its partners before the colon is still none (read by lead_in_sentence)
    assert unit_heading("Sở Tư pháp chủ trì, phối hợp Sở Nội vụ: rà soát văn bản") is None


def test_hang_nam_is_a_round_only_as_a_whole_word():
    assert due_in("Tổng hợp kết quả 10 tháng năm 2029 của các xã.") == ""
    assert due_in("Tổng hợp kết quả thi đua hằng năm của các xã.") == "hằng năm"


def test_a_round_of_a_few_days_is_a_weekly_round():
    assert parse_due("Định kỳ 05 ngày/lần", year=2029).recurrence == "weekly"
    assert parse_due("3 ngày một lần", year=2029).recurrence == "weekly"
    assert parse_due("30 ngày/lần", year=2029).recurrence is None


def test_a_vague_time_with_its_days_in_parentheses_is_due_on_the_last():
    assert parse_due("Trong mùa khô (05/3 - 25/4)", year=2029).date == date(2029, 4, 25)
    assert parse_due("Khi nước rút (02/11 – 09/11)", year=2029).date == date(2029, 11, 9)


def test_a_phase_row_printing_its_months_in_parentheses_dates_the_rows_under_it():
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["A", ("KHẢO SÁT (tháng 3 - 4/2029)", 1, 3)],
        ["1", "Đo đạc hiện trạng 12 tuyến đường giao thông nông thôn", "Phòng Kinh tế", ""],
        ["B", ("THI CÔNG (tháng 7/2029)", 1, 3)],
        ["2", "Bê tông hóa tuyến đường liên thôn Gò Sỏi", "Ban Quản lý dự án xã", ""],
    ]
    items = table_items(table_of(rows))
    assert [(item.lead, item.due) for item in items] == [
        ("Phòng Kinh tế", "tháng 3 - 4/2029"),
        ("Ban Quản lý dự án xã", "tháng 7/2029"),
    ]
