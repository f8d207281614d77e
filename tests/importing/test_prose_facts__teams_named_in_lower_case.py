"""A working team named in lower case after a capital `Tổ` (`Tổ dịch vụ thủy lợi`, `Tổ bảo vệ thực
vật`): a label over its points and a sentence's subject, as `Tổ Tuyên truyền` is; and its limits
(h13fixYB, h716)."""

import pytest

from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import assignment_in, body_named, lower_case_team, unit_heading
from tests.importing.helpers_blocks import context_of


@pytest.mark.parametrize(
    "text, team",
    [
        ("Tổ bảo vệ thực vật phối hợp khuyến nông viên xã theo dõi đồng ruộng", "Tổ bảo vệ thực vật"),
        ("Tổ thu ngân phối hợp Kế toán chợ đối chiếu phiếu thu", "Tổ thu ngân"),
        ("Tổ kỹ thuật chủ trì lấy mẫu nước hằng quý", "Tổ kỹ thuật"),
        ("Tổ hợp tác sản xuất rau thực hiện đúng quy trình", "Tổ hợp tác sản xuất rau"),
        # the grade, the class or the number that closes its name (h13fixZI, zd2)
        ("Tổ chuyên môn khối 1 xây dựng góc đọc sách tại các lớp khối 1", "Tổ chuyên môn khối 1"),
        ("Tổ chủ nhiệm lớp 5 phối hợp Tổng phụ trách Đội tổ chức ngày hội", "Tổ chủ nhiệm lớp 5"),
        ("Tổ dịch vụ số 2 phối hợp các hộ nạo vét kênh", "Tổ dịch vụ số 2"),
        ("Tổ dân quân số IV phối hợp Công an xã tuần tra", "Tổ dân quân số IV"),
    ],
)
def test_a_team_in_lower_case_ends_where_a_verb_of_the_lists_follows(text, team):
    assert lower_case_team(text) == team
    assert body_named(text, 0)
    assert assignment_in(text).lead == team


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức hội nghị sơ kết vụ Đông Xuân vào tháng 6/2027",  # the verb `tổ chức`
        "Tổ quốc ghi công các liệt sĩ",  # the fatherland
        "Tổ hợp các giải pháp kỹ thuật phối hợp",  # a combination, no `hợp tác`
        "Tổ trưởng tổ dân phố phối hợp",  # a team's head: a post
        "tổ bảo vệ thực vật phối hợp khuyến nông",  # `tổ` in lower case inside a sentence
        "Tổ thu gom rác thu gom rác thải hằng ngày",  # a verb opens the words: the name's end unknown
        "Tổ dịch vụ 2 phối hợp …",  # a bare digit, no `số`, `khối`, `lớp` before it
        "Tổ số 2 phối hợp các hộ",  # a number with no name before it
        "Tổ dịch vụ số 2 thôn An phối hợp",  # words after the number: not the name's end
        "Tổ trưởng tổ chuyên môn khối 1 xây dựng kế hoạch",  # a team's head: a post
        "Tổ chức khối 1 tham gia hội thi",  # the verb `tổ chức`
        "Tổ quốc số 1 phối hợp",  # the fatherland
        "Tổ dịch vụ cây trồng vật nuôi và phân bón hữu cơ phối hợp",  # no verb within six words
        "TỔ CHỨC THỰC HIỆN",  # a heading in capitals
    ],
)
def test_no_team_where_the_words_after_to_are_no_team_name(text):
    assert lower_case_team(text) == ""
    assert not body_named(text, 0)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Tổ dịch vụ thủy lợi:", "Tổ dịch vụ thủy lợi"),
        ("Tổ dịch vụ vật tư nông nghiệp:", "Tổ dịch vụ vật tư nông nghiệp"),
        ("Tổ sửa chữa đường ống:", "Tổ sửa chữa đường ống"),  # named by its work, the whole head
        ("Tổ trật tự", "Tổ trật tự"),  # a bare label
        ("Tổ chuyên môn khối 1:", "Tổ chuyên môn khối 1"),  # its grade closes the name
    ],
)
def test_a_team_label_in_lower_case_is_a_unit_heading(text, unit):
    assert unit_heading(text) == (unit, "")


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức thực hiện:",
        "Tổ chức hội nghị sơ kết",
        "Tổ dịch vụ số 2 và 3:",
        "Tổ quốc:",
        "Tổ khối 1:",
        "Tổ chức khối 1:",
    ],
)
def test_no_team_label_where_to_opens_no_team(text):
    assert unit_heading(text) is None


PLAN = """KẾ HOẠCH
Sản xuất vụ Hè Thu năm 2027
I. NHIỆM VỤ
1. Tổ dịch vụ làm đất:
a) Cày ải toàn bộ diện tích cánh đồng mẫu trước ngày 15/4/2027.
b) Tổ chức gieo sạ đồng loạt trong tháng 5/2027.
2. Tổ khuyến nông:
a) Mở 02 lớp tập huấn kỹ thuật canh tác lúa trước ngày 30/4/2027.
b) Theo dõi sâu bệnh, báo cáo Ban Quản trị hằng tuần.
3. Tổ bảo vệ thực vật phối hợp các hộ phun thuốc phòng bệnh đạo ôn trước ngày 20/5/2027.
II. TỔ CHỨC THỰC HIỆN
Các tổ báo cáo kết quả thực hiện về Ban Quản trị vào ngày 25 hằng tháng.
Các thành viên thực hiện đúng lịch thời vụ."""


def test_teams_in_lower_case_lead_their_points_and_the_closing_report_request_is_an_item():
    items = prose_plan.recognise(context_of(PLAN)).items
    assert [(item.content[:20], item.lead) for item in items] == [
        ("Cày ải toàn bộ diện ", "Tổ dịch vụ làm đất"),
        ("Tổ chức gieo sạ đồng", "Tổ dịch vụ làm đất"),
        ("Mở 02 lớp tập huấn k", "Tổ khuyến nông"),
        ("Theo dõi sâu bệnh, b", "Tổ khuyến nông"),
        ("Tổ bảo vệ thực vật p", "Tổ bảo vệ thực vật"),
        ("Các tổ báo cáo kết q", ""),
    ]


@pytest.mark.parametrize(
    "text, lead",
    [
        # a field named by recurrent spending or continuing education: the name's words (h13fixZN, h842)
        ("Tổ Kiểm soát chi thường xuyên đôn đốc các đơn vị nộp hồ sơ.", "Tổ Kiểm soát chi thường xuyên"),
        (
            "Phòng Quản lý ngân sách chi thường xuyên hướng dẫn lập dự toán.",
            "Phòng Quản lý ngân sách chi thường xuyên",
        ),
        ("Trung tâm giáo dục thường xuyên tổ chức lớp tin học.", "Trung tâm giáo dục thường xuyên"),
        # the limit: after any other word `thường xuyên` is the manner of the office's verb
        ("Phòng Tài chính thường xuyên kiểm tra sổ sách kế toán.", "Phòng Tài chính"),
        ("Tổ Kiểm soát chi đầu tư thường xuyên đôn đốc các chủ đầu tư.", "Tổ Kiểm soát chi đầu tư"),
    ],
)
def test_recurrent_spending_and_continuing_education_are_words_of_a_name(text, lead):
    assert assignment_in(text).lead == lead


@pytest.mark.parametrize(
    "text, lead",
    [
        # `xây dựng` before the thing drafted is the verb, not the end of a name (h13fixZY, h842)
        ("Tổ Kiểm soát chi đầu tư xây dựng dự thảo quy trình nội bộ.", "Tổ Kiểm soát chi đầu tư"),
        ("Bộ phận Quản lý vốn đầu tư xây dựng kế hoạch vốn năm 2028.", "Bộ phận Quản lý vốn đầu tư"),
        # the limit: before anything else it is still the name's (`… đầu tư xây dựng`, `Sở Xây dựng`)
        (
            "Ban Quản lý dự án đầu tư xây dựng huyện hoàn thành hồ sơ quyết toán.",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
        ),
        ("Sở Xây dựng hướng dẫn các huyện lập quy hoạch.", "Sở Xây dựng"),
    ],
)
def test_building_before_the_thing_drafted_is_the_verb(text, lead):
    assert assignment_in(text).lead == lead
