"""A plan or dispatch that assigns its work unit by unit (a unit's name alone over its lettered tasks):
a numbered or lettered point beside such headings, or under a heading that names a kind of body
(`2. Các Ban của Hội đồng nhân dân huyện`), whose sentence opens with one named body — a committee, a
board, a station, a council — its verb right after the name, is led by that body, dated or not
(prose_tasks `_among_unit_headings`, `_subject_body`; held-out h480 and h482, siblings ro1–ro3)."""

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import ACTION
from engine.importing.layouts.prose_tasks import (
    _field_after_dash,
    _name_before_verb,
    _subject_body,
    read_tasks,
)
from tests.importing.helpers_blocks import context_of

PLAN = """
ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
KẾ HOẠCH
Phòng, chống dịch cúm gia cầm năm 2028
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phát hiện sớm, không để dịch lây lan.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
a) Theo dõi tình hình chăn nuôi gia cầm tại các ấp, báo cáo Ủy ban nhân dân xã hằng tuần.
b) Tổ chức tiêm phòng cúm gia cầm đợt 1, hoàn thành trước ngày 30/4/2028.
2. Phòng Văn hóa - Xã hội
a) Tuyên truyền các biện pháp phòng dịch trên loa truyền thanh thường xuyên.
3. Tổ Thú y xã giám sát các hộ chăn nuôi quy mô lớn, lấy mẫu xét nghiệm khi có gia cầm chết bất thường.
4. Ban Chỉ huy Quân sự xã huy động dân quân hỗ trợ tiêu hủy gia cầm bệnh khi có yêu cầu.
5. Trạm Y tế xã chủ động phòng, chống lây nhiễm cúm sang người.
6. Các ấp báo cáo số gia cầm mắc bệnh về Ủy ban nhân dân xã trước ngày 25 hằng tháng.
"""

DISPATCH = """
HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN
THƯỜNG TRỰC
Kính gửi: Các cơ quan, đơn vị.
Để chuẩn bị Kỳ họp cuối năm 2028, Thường trực Hội đồng nhân dân tỉnh đề nghị:
1. Ủy ban nhân dân tỉnh
a) Chuẩn bị các báo cáo, tờ trình trình kỳ họp, gửi trước ngày 15/11/2028.
b) Báo cáo kết quả giải quyết kiến nghị cử tri, gửi trước ngày 15/11/2028.
2. Các Ban của Hội đồng nhân dân tỉnh
a) Thẩm tra các báo cáo, tờ trình thuộc lĩnh vực phụ trách trước ngày 30/11/2028.
b) Ban Dân tộc khảo sát việc thực hiện chính sách hỗ trợ nhà ở, hoàn thành trước ngày 20/11/2028.
c) Ban Pháp chế giám sát công tác thi hành án dân sự năm 2028, hoàn thành trong tháng 11/2028.
3. Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh
a) Chuẩn bị hội trường, tài liệu phục vụ kỳ họp, hoàn thành trước ngày 05/12/2028.
"""


def _by_start(text: str) -> dict[str, object]:
    return {item.content[:20]: item for item in prose_plan.recognise(context_of(text)).items}


def test_a_numbered_point_opening_with_a_named_body_beside_unit_headings_is_led_by_it():
    items = _by_start(PLAN)
    assert items["Tổ Thú y xã giám sát"].lead == "Tổ Thú y xã"
    assert items["Ban Chỉ huy Quân sự "].lead == "Ban Chỉ huy Quân sự xã"
    assert items["Trạm Y tế xã chủ độn"].lead == "Trạm Y tế xã"
    # the headings still lead their own lettered tasks
    assert items["Theo dõi tình hình c"].lead == "Phòng Kinh tế"
    assert items["Tuyên truyền các biệ"].lead == "Phòng Văn hóa - Xã hội"
    # every hamlet's report: a task with no lead
    assert not items["Các ấp báo cáo số gi"].lead


def test_a_lettered_point_naming_one_body_under_a_heading_that_names_its_kind_is_led_by_it():
    items = _by_start(DISPATCH)
    assert items["Ban Dân tộc khảo sát"].lead == "Ban Dân tộc"
    assert items["Ban Pháp chế giám sá"].lead == "Ban Pháp chế"
    assert not items["Thẩm tra các báo cáo"].lead  # every committee's task
    assert items["Chuẩn bị các báo cáo"].lead == "Ủy ban nhân dân tỉnh"


READING_DAY = """
KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2028
II. NHIỆM VỤ
{heading}{first}. Trưng bày sách, báo tại sảnh nhà văn hóa trong tháng 4/2028.
{second}. Tổ chức tọa đàm giới thiệu sách mới ngày 21/4/2028.
{third}. Câu lạc bộ Thơ xã tổ chức đọc thơ chào mừng tại lễ khai mạc ngày 21/4/2028.
"""


def _club_lead(text: str) -> str:
    items, _legend, _labelled = read_tasks(context_of(text).document, inline=False)
    return next(item for item in items if item.content.startswith("Câu lạc bộ Thơ")).lead


def test_a_point_opening_with_a_named_body_is_led_by_it_only_among_unit_headings():
    # plain points, no unit named alone: the document does not assign unit by unit
    assert not _club_lead(READING_DAY.format(heading="", first=1, second=2, third=3))
    # a unit's heading over its own task beside them: it does
    heading = "1. Phòng Văn hóa - Xã hội\na) Chuẩn bị sách trưng bày trước ngày 15/4/2028.\n"
    assert _club_lead(READING_DAY.format(heading=heading, first=2, second=3, third=4)) == "Câu lạc bộ Thơ xã"


def test_the_subject_body_ends_at_a_verb_of_the_lists():
    assert _subject_body("Ban Pháp chế giám sát chuyên đề về tiếp công dân.").lead == "Ban Pháp chế"
    assert _subject_body("Ban Kinh tế - Xã hội thẩm tra các tờ trình.").lead == "Ban Kinh tế - Xã hội"
    assert _subject_body("Ban Chỉ huy Quân sự phường huy động dân quân.").lead == "Ban Chỉ huy Quân sự phường"
    assert _subject_body("Các Ban thẩm tra các tờ trình.") is None  # every body of a kind
    assert _subject_body("Ủy ban Mặt trận Tổ quốc xã và các đoàn thể vận động hội viên.") is None
    assert _subject_body("Tổng hợp ý kiến của cử tri.") is None  # no body opens it


def test_a_field_joined_by_a_dash_that_no_list_holds_stays_in_the_name():
    found = _subject_body("Khoa Gây mê - Hồi sức chuẩn bị phòng mổ dự phòng, hoàn thành trước ngày 10/9.")
    assert found.lead == "Khoa Gây mê - Hồi sức"
    assert _field_after_dash(" - Vật lý trị liệu tổ chức tập huấn.") == " - Vật lý trị liệu"
    # a dash that opens the task keeps the label and its task apart
    assert _field_after_dash(" - Xây dựng chuyên đề cho khối 11.") == ""


def test_a_name_read_past_its_verb_ends_at_the_verb_but_an_acts_object_stays():
    assert (
        _subject_body("Ban Dân tộc giám sát việc cấp phát giống cây trồng, trước ngày 30/6.").lead
        == "Ban Dân tộc"
    )
    # read on to a later verb (`báo cáo`): still cut at the first
    assert (
        _subject_body("Ban Kinh tế - Xã hội thẩm tra các báo cáo trình kỳ họp.").lead
        == "Ban Kinh tế - Xã hội"
    )
    # a field that is an act keeps its object in lower case; a field listed after `và` stays
    assert _name_before_verb("Ban Chỉ đạo phòng, chống thiên tai xã", ran_on=False) == (
        "Ban Chỉ đạo phòng, chống thiên tai xã"
    )
    assert _name_before_verb("Đội Chỉ huy, điều khiển giao thông và giám sát", ran_on=True) == (
        "Đội Chỉ huy, điều khiển giao thông và giám sát"
    )
    # … but where the name as read ran into the sentence, its verb ends it
    assert _subject_body("Khoa Kiểm soát nhiễm khuẩn giám sát việc vệ sinh tay hằng tuần.").lead == (
        "Khoa Kiểm soát nhiễm khuẩn"
    )
    assert (
        _subject_body("Tổ Công nghệ thông tin cập nhật dữ liệu lên phần mềm.").lead
        == "Tổ Công nghệ thông tin"
    )
    assert ACTION.match("phong, chong dich benh")
    assert ACTION.match("huy dong luc luong dan quan")
