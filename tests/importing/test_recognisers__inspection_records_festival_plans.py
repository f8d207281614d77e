"""An inspection team's on-the-spot record (`BIÊN BẢN KIỂM TRA`): its findings are no tasks, the
requests section asks the inspected body named in its lead-in, a time may count from the inspection
day, and the inspecting side's dated follow-up after the list is its own item. A festival plan:
groups headed by a body that names its head in parentheses, lunar days beside solar ones, a lunar
day alone, duties through the festival's days or until it ends, dated closing duties. A scanned page
read with a blank line after every line. Own text, not a corpus document's."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing import event_dues, read_ocr
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts import prose_facts, prose_plan
from engine.importing.layouts.prose_facts import due_in, unit_heading
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import context_of, document_of

RECORD = """
CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH SƠN HÀ
BIÊN BẢN KIỂM TRA
Điều kiện vệ sinh thú y tại cơ sở giết mổ gia súc
Vào lúc 08 giờ 00 phút, ngày 03/4/2028, tại Cơ sở giết mổ tập trung Phú Điền.
Căn cứ Kế hoạch số 17/KH-CCCN ngày 15/3/2028 về kiểm tra vệ sinh thú y quý II năm 2028.
I. KẾT QUẢ KIỂM TRA
1. Cơ sở giết mổ trung bình 40 con lợn mỗi đêm, có 06 công nhân.
2. Hệ thống xử lý nước thải hoạt động không thường xuyên.
II. TỒN TẠI
- Khu tập kết gia súc chưa có mái che.
- Chưa ghi chép sổ nhập gia súc.
III. YÊU CẦU
Đoàn kiểm tra yêu cầu Công ty TNHH Thực phẩm Phú Điền:
1. Làm mái che khu tập kết gia súc. Thời hạn: 20 ngày kể từ ngày kiểm tra.
2. Ghi chép sổ nhập gia súc hằng ngày.
3. Vận hành hệ thống xử lý nước thải, gửi kết quả quan trắc trước ngày 30/5/2028.
Chi cục Chăn nuôi và Thú y sẽ phúc tra việc khắc phục trong tháng 6/2028.
IV. Ý KIẾN CỦA CƠ SỞ
Cơ sở nhất trí với biên bản, đề nghị được hướng dẫn thủ tục vay vốn.
"""


def _rows(found):
    return [(" ".join(item.content.split()[:2]), item.lead, item.due) for item in found.items]


def test_an_inspection_record_sets_tasks_only_in_its_requests_led_by_the_body_asked():
    found = prose_plan.recognise(context_of(RECORD))
    assert _rows(found) == [
        ("Làm mái", "Công ty TNHH Thực phẩm Phú Điền", "20 ngày kể từ ngày kiểm tra"),
        ("Ghi chép", "Công ty TNHH Thực phẩm Phú Điền", "hằng ngày"),
        ("Vận hành", "Công ty TNHH Thực phẩm Phú Điền", "trước ngày 30/5/2028"),
        # the inspecting side's own follow-up after the list
        ("Chi cục", "Chi cục Chăn nuôi và Thú y", "trong tháng 6/2028"),
    ]  # the findings (I, II) and the inspected body's opinion (IV) are no tasks


def test_a_time_counted_from_the_inspection_is_counted_from_the_record_s_day():
    document = document_of(RECORD)
    assert event_dues.record_date([line.text for line in document.lines]) == date(2028, 4, 3)
    item = RawItem("Làm mái che khu tập kết gia súc.", 1, due="20 ngày kể từ ngày kiểm tra.")
    resolve_event_dues([item], document, 2028)
    assert item.due.startswith("23/04/2028")
    # in a plan (no record) the inspection day is each check's own: not counted
    plan = document_of("KẾ HOẠCH\nKiểm tra vệ sinh thú y năm 2028\nSơn Hà, ngày 10 tháng 3 năm 2028")
    item = RawItem("Khắc phục tồn tại.", 1, due="20 ngày kể từ ngày kiểm tra")
    resolve_event_dues([item], plan, 2028)
    assert item.due == "20 ngày kể từ ngày kiểm tra"


def test_the_body_a_lead_in_asks_for_the_list_below_it():
    asked = prose_facts.requested_body
    assert asked("Đoàn kiểm tra yêu cầu Trường Mầm non Sao Mai:") == "Trường Mầm non Sao Mai"
    assert asked("Qua kiểm tra, Tổ công tác đề nghị Công ty CP Đông Á thực hiện những việc sau:") == (
        "Công ty CP Đông Á"
    )
    assert asked("Đoàn kiểm tra yêu cầu các cơ sở:") == ""  # every body of a kind: none named
    assert asked("Đoàn kiểm tra yêu cầu Trường Mầm non Sao Mai bổ sung hồ sơ.") == ""  # no lead-in


def test_a_glued_follow_up_sentence_after_the_last_request_is_its_own_item():
    glued = RECORD.replace(
        "3. Vận hành hệ thống xử lý nước thải, gửi kết quả quan trắc trước ngày 30/5/2028.\nChi cục",
        "3. Vận hành hệ thống xử lý nước thải thường xuyên. Chi cục",
    )
    assert _rows(prose_plan.recognise(context_of(glued)))[2:] == [
        ("Vận hành", "Công ty TNHH Thực phẩm Phú Điền", "thường xuyên"),
        ("Chi cục", "Chi cục Chăn nuôi và Thú y", "trong tháng 6/2028"),
    ]


FESTIVAL = """
BAN TỔ CHỨC HỘI THI
KẾ HOẠCH
Tổ chức Hội thi Thả diều làng Vân năm 2029
I. THỜI GIAN, ĐỊA ĐIỂM
Hội thi được tổ chức từ ngày 14 đến ngày 15 tháng Giêng năm Kỷ Dậu (từ ngày 26/02 đến ngày \
27/02/2029) tại bãi sông làng Vân; khai mạc vào ngày 14 tháng Giêng (ngày 26/02/2029).
II. PHÂN CÔNG
1. Tiểu ban Kỹ thuật (Trưởng tiểu ban: đồng chí Trưởng thôn Vân)
- Làm cột mốc, dây giới hạn sân thi trước ngày 20/02/2029.
- Chấm điểm các đội thi vào ngày 15 tháng Giêng.
2. Tổ Khánh tiết (Tổ trưởng: đ/c Phùng Thị Lan)
- Treo cờ, băng rôn dọc đường vào bãi sông trong các ngày diễn ra hội thi.
- Đón khách từ ngày 25/02/2029 đến khi kết thúc hội thi.
3. Tổ Hậu cần (Tổ trưởng: đ/c Kiều Văn Tư)
- Chuẩn bị giải thưởng, xong trước ngày 22/02/2029.
III. TỔ CHỨC THỰC HIỆN
Các tổ báo cáo công việc chuẩn bị về Ban Tổ chức trước ngày 23/02/2029.
Tổ Hậu cần quyết toán kinh phí Hội thi trước ngày 15/3/2029.
"""


def test_a_festival_plan_s_groups_lead_without_the_head_their_parentheses_name():
    found = prose_plan.recognise(context_of(FESTIVAL))
    assert [(row[0], row[1]) for row in _rows(found)] == [
        ("Làm cột", "Tiểu ban Kỹ thuật"),
        ("Chấm điểm", "Tiểu ban Kỹ thuật"),
        ("Treo cờ,", "Tổ Khánh tiết"),
        ("Đón khách", "Tổ Khánh tiết"),
        ("Chuẩn bị", "Tổ Hậu cần"),
        # the dated closing duties (every group's, one group's); the time and place is no task
        ("Các tổ", ""),
        ("Tổ Hậu", "Tổ Hậu cần"),
    ]
    assert unit_heading("Tổ Tuyên truyền (Tổ trưởng: đ/c Lê Văn Hải):") == ("Tổ Tuyên truyền", "")


def test_lunar_days_beside_solar_ones_date_the_festival_s_times():
    document = document_of(FESTIVAL)
    found = prose_plan.recognise(context_of(FESTIVAL))
    resolve_event_dues(found.items, document, 2029)
    dues = [parse_due(item.due, year=2029).date for item in found.items]
    assert dues[1:4] == [
        date(2029, 2, 27),  # `ngày 15 tháng Giêng`: the day after the opening's 14 tháng Giêng (26/02)
        date(2029, 2, 27),  # `trong các ngày diễn ra hội thi`: its last day
        date(2029, 2, 27),  # `đến khi kết thúc hội thi`
    ]
    # the solar day in parentheses after a lunar one is the time, not a date of record
    assert due_in("Đón đoàn tại Lễ khai mạc ngày 14 tháng Giêng (ngày 26/02/2029).") == "ngày 26/02/2029"
    # a month whose printed pairs disagree dates nothing
    texts = ["ngày 14 tháng Giêng (ngày 26/02/2029)", "ngày 10 tháng Giêng (ngày 20/02/2029)"]
    assert event_dues.lunar_months(texts, 2029) == {}


def test_a_numbered_lunar_month_s_day_is_no_solar_date():
    assert parse_due("vào ngày 16 tháng 8 âm lịch", year=2028).needs_review
    assert parse_due("04/10/2028 (vào ngày 16 tháng 8 âm lịch)", year=2028).date == date(2028, 10, 4)
    assert parse_due("ngày 16 tháng 8 năm 2028", year=2028).date == date(2028, 8, 16)


def test_blank_lines_after_every_ocr_line_say_nothing_of_paragraphs():
    spaced = ["Dòng một của đoạn", "", "dòng hai của đoạn.", "", "Đoạn khác", ""] * 3
    assert read_ocr.without_spacing_blanks(spaced) == [line for line in spaced if line]
    # blanks between some lines only are paragraph breaks: kept
    parted = ["Dòng một", "dòng hai.", "", "Đoạn hai", "dòng hai", "dòng ba.", "", "Đoạn ba", "dòng hai"]
    assert read_ocr.without_spacing_blanks(parted) == parted
