"""Closing requests after the tasks and the labels over them, where the importer had missed them for
how they are printed (helper h13fixRE): a day written out in words (`trước ngày 20 tháng 11 năm
2029`) is a printed day; every unit's report under a conclusion's last dash is no part of that dash;
under the last bare unit label, the paragraphs addressed to every unit close the document (a report
request with its day an item with no lead, a courtesy sentence none); a bare label whose name ends
in a field of work that reads like a verb (`Phòng Quản lý đô thị xây dựng`) still heads its lettered
duties; and a season with no day (`trước mùa lũ`) is a time for a person to set. Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.prose_facts import due_in, prints_date, unit_heading

from .helpers_blocks import context_of


def test_a_day_written_out_in_words_is_a_printed_day():
    assert prints_date("trước ngày 20 tháng 11 năm 2029")
    assert prints_date("truoc ngay 3 thang 4")
    assert prints_date("trước ngày 15/4")
    # a month or a year alone names no day
    assert not prints_date("trong tháng 11 năm 2029")
    assert not prints_date("hằng tháng")


def test_a_season_with_no_day_is_for_a_person_to_set():
    assert due_in("Nạo vét kênh mương nội đồng trước mùa lũ.") == "trước mùa lũ"
    assert due_in("Sửa chữa phòng học trước mùa tuyển sinh.") == "trước mùa tuyển sinh"
    # a day printed with it is the due; buying is no season
    assert due_in("Gia cố đê bao trước mùa lũ (trước ngày 31/7/2029).") == "trước ngày 31/7/2029"
    assert due_in("Lập dự toán trước mua sắm thiết bị.") == ""


def test_a_bare_labels_name_may_end_in_a_field_that_reads_like_a_verb():
    assert unit_heading("Phòng Quản lý đô thị xây dựng") == ("Phòng Quản lý đô thị xây dựng", "")
    assert unit_heading("Trung tâm Thông tin thống kê") == ("Trung tâm Thông tin thống kê", "")
    # a sentence goes on after its verb, or stops
    assert unit_heading("Phòng Quản lý đô thị xây dựng kế hoạch chỉnh trang") is None
    assert unit_heading("Trung tâm Thông tin thống kê.") is None


NOTICE = """
BAN QUẢN LÝ KHU KINH TẾ
THÔNG BÁO
Kết luận của Trưởng ban tại cuộc họp giao ban quý III năm 2029
I. NHIỆM VỤ QUÝ IV
1. Phòng Quản lý đầu tư:
- Thẩm định hồ sơ điều chỉnh dự án cảng cạn, trình Trưởng ban trước ngày 15/10/2029.
2. Phòng Quản lý môi trường:
- Kiểm tra việc xử lý nước thải của các nhà máy trong tháng 11/2029.
- Tiếp tục theo dõi, đôn đốc các doanh nghiệp thực hiện các nội dung kết luận tại Thông báo này.
Các phòng, đơn vị báo cáo kết quả thực hiện các nhiệm vụ trên về Văn phòng Ban trước ngày 20 tháng 12 năm 2029.
Văn phòng Ban thông báo để các phòng, đơn vị biết, thực hiện./.
"""


def test_every_units_report_after_a_conclusions_last_dash_is_its_own_item():
    items = conclusions.recognise(context_of(NOTICE)).items
    follow_up = next(item for item in items if item.content.startswith("Tiếp tục theo dõi"))
    assert (follow_up.lead, follow_up.due) == ("Phòng Quản lý môi trường", "")
    last = items[-1]
    assert last.content.startswith("Các phòng, đơn vị báo cáo kết quả")
    assert (last.lead, last.due) == ("", "trước ngày 20 tháng 12 năm 2029")


DISPATCH = """
UBND HUYỆN
Số: 12/UBND-KT
V/v chuẩn bị mùa mưa lũ năm 2029
Kính gửi: Các phòng, đơn vị thuộc huyện.
Để chủ động ứng phó mùa mưa lũ năm 2029, Ủy ban nhân dân huyện yêu cầu các phòng, đơn vị thực hiện:
1. Phòng Quản lý đô thị xây dựng
a) Lập phương án bố trí vốn khắc phục sự cố đê điều; hoàn thành trước ngày 10/6/2029.
b) Rà soát danh mục công trình thủy lợi xung yếu trước mùa lũ.
2. Trung tâm Thông tin thống kê
Đăng tải bản tin cảnh báo thiên tai trên trang thông tin điện tử huyện; thực hiện thường xuyên.
Các phòng, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện trước ngày 30/9/2029.
Ủy ban nhân dân huyện đề nghị các đơn vị quan tâm, phối hợp thực hiện./.
"""


def test_under_the_last_bare_label_the_closing_is_every_units_not_the_labels():
    items = prose_plan.recognise(context_of(DISPATCH)).items
    assert [(item.content[:22], item.lead, item.due) for item in items] == [
        ("Lập phương án bố trí v", "Phòng Quản lý đô thị xây dựng", "trước ngày 10/6/2029"),
        ("Rà soát danh mục công ", "Phòng Quản lý đô thị xây dựng", "trước mùa lũ"),
        ("Đăng tải bản tin cảnh ", "Trung tâm Thông tin thống kê", "thường xuyên"),
        ("Các phòng, đơn vị báo ", "", "trước ngày 30/9/2029"),
    ]


def test_a_crop_season_or_a_plan_of_its_own_is_for_a_person_to_set():
    assert (
        due_in("Cung ứng phân bón cho các hợp tác xã trước vụ Đông Xuân 2028.") == "trước vụ Đông Xuân 2028"
    )
    assert due_in("Tu sửa trạm bơm trước vụ Hè Thu.") == "trước vụ Hè Thu"
    assert due_in("Tổ chức Giải việt dã cấp huyện năm 2028 theo kế hoạch riêng.") == "theo kế hoạch riêng"
    # a day printed beside them is the due; a crop's own year is no season's time
    assert due_in("Làm đất trước vụ Xuân (trước ngày 15/12/2028).") == "trước ngày 15/12/2028"
    assert (
        due_in("Tổ chức Hội diễn theo kế hoạch riêng, xong trước ngày 30/6/2028.") == "trước ngày 30/6/2028"
    )
    assert due_in("Tổng kết sản xuất vụ Xuân 2028.") == ""
