"""Two shapes of a prose plan's list cut in parts: a schedule grouped under numbered month headings
(`1. Tháng 12/2026` over `- …` lines) — the heading dates the lines that print no day, and the lines
of all the months are one list when who leads them is read; and points numbered straight through
the roman sections (`I.` over `1.`–`2.`, `II.` over `3.`–`4.`) — one list across the sections. With
them, a round given after its period (`mỗi quý một đợt`) and a judge's or a council's verbs (`dự
giờ`, `chấm bài`, `xem xét`). Own text, not a corpus document's (outline, prose_tasks, prose_facts)."""

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import numbered_period, outline, walk
from engine.importing.layouts.prose_facts import ACTION, assignment_in, due_in
from engine.importing.layouts.prose_tasks import _list_mates, _numbered_through
from engine.text import fold
from tests.importing.helpers_blocks import context_of, document_of

SCHEDULE = """
KẾ HOẠCH
Tổ chức Hội diễn văn nghệ quần chúng cấp phường năm 2028
I. MỤC ĐÍCH, YÊU CẦU
- Hội diễn được tổ chức vui tươi, tiết kiệm.
II. TIẾN ĐỘ THỰC HIỆN
1. Tháng 3/2028
- Ban Văn hóa phường ban hành thể lệ Hội diễn, gửi các khu phố trước ngày 10/3/2028.
- Thành lập Ban Giám khảo Hội diễn (Ban Văn hóa phường thực hiện, trước ngày 20/3/2028).
2. Tháng 4/2028
- Trung tâm Văn hóa phường chuẩn bị sân khấu, âm thanh, hoàn thành trước ngày 15/4/2028.
- Ban Giám khảo dự giờ, chấm tiết mục dự thi của các khu phố vào ngày 22/4/2028.
- Trao giải, tổng kết Hội diễn (Ban Tổ chức Hội diễn).
"""


def test_a_numbered_month_heading_dates_its_lines_and_its_lines_are_one_list_with_the_other_months():
    found = prose_plan.recognise(context_of(SCHEDULE))
    got = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert got == [
        ("Ban Văn hóa", "Ban Văn hóa phường", "trước ngày 10/3/2028"),
        ("Thành lập Ban", "Ban Văn hóa phường", "trước ngày 20/3/2028"),
        # no line of April labels its lead, those of March do: the subject leads
        ("Trung tâm Văn", "Trung tâm Văn hóa phường", "trước ngày 15/4/2028"),
        ("Ban Giám khảo", "Ban Giám khảo", "vào ngày 22/4/2028"),
        # no day of its own: its month's end; the bare body closing it leads it
        ("Trao giải, tổng", "Ban Tổ chức Hội diễn", "Tháng 4/2028"),
    ]  # the month headings and the aims are no items
    assert parse_due(found.items[-1].due, year=2028).date.isoformat() == "2028-04-30"


ONE_MONTH = """
KẾ HOẠCH
I. NHIỆM VỤ
1. Tổ chức ra quân vệ sinh các tuyến phố (Đoàn Thanh niên phường thực hiện).
2. Tháng 6/2028
- Tổ dân phố số 2 nạo vét cống rãnh trước ngày 20/6/2028.
"""


def test_a_month_heading_among_points_that_are_no_months_keeps_its_own_lines():
    root = outline(document_of(SCHEDULE))
    april = next(node for node in walk(root) if node.text == "Tháng 4/2028")
    assert len(_list_mates(april.children[0])) == 5  # March's lines and April's
    root = outline(document_of(ONE_MONTH))
    june = next(node for node in walk(root) if node.text == "Tháng 6/2028")
    assert _list_mates(june.children[0]) == june.children


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Tháng 12/2026\n- Gửi danh sách trước ngày 15/12/2026.", True),
        ("2. Quý II/2027:\n- Tổ chức sơ kết.", True),
        ("1. THÁNG 7\n- Tập huấn.", True),
        # words after the period: a task that prints its time first
        ("1. Tháng 12/2026 tổ chức sơ kết công tác\n- Chuẩn bị báo cáo.", False),
        # no list under it: a line, not a heading
        ("1. Tháng 12/2026", False),
        # a range of months is not one period
        ("1. Tháng 3 - tháng 5/2027\n- Khảo sát.", False),
    ],
)
def test_a_numbered_period_names_one_month_or_quarter_alone_over_a_list(text, expected):
    root = outline(document_of(text))
    first = next(node for node in walk(root) if node is not root)
    assert numbered_period(first) is expected


RUNNING = """
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028
của Ban Thường vụ Hội Kiến trúc sư tỉnh
I. PHÁT TRIỂN HỘI VIÊN
1. Ban Kiểm tra tiếp nhận, thẩm tra hồ sơ kết nạp hội viên thường xuyên trong năm.
2. Cập nhật danh sách hội viên trên trang thông tin của Hội trước ngày 31/3/2028 (Văn phòng Hội thực hiện).
II. HOẠT ĐỘNG CHUYÊN MÔN
3. Tổ chức hội thảo kiến trúc xanh trong tháng 10/2028; Ban Chuyên môn chủ trì.
III. HOẠT ĐỘNG XÃ HỘI
4. Ban Tư vấn tổ chức tư vấn thiết kế nhà ở miễn phí cho hộ nghèo, mỗi quý một đợt.
5. Hội đồng Thi đua xem xét, đề xuất khen thưởng hội viên thường xuyên.
"""

RESTARTED = (
    RUNNING.replace("3. Tổ chức", "1. Tổ chức").replace("4. Ban", "1. Ban").replace("5. Hội", "2. Hội")
)


def test_points_numbered_straight_through_the_sections_are_one_list():
    # Sections III prints no lead of its own, but the points before it, numbered on into it, do.
    found = prose_plan.recognise(context_of(RUNNING))
    got = [(item.ref, item.lead, item.due) for item in found.items]
    assert got[-2:] == [
        ("III.4", "Ban Tư vấn", "mỗi quý một đợt"),
        ("III.5", "Hội đồng Thi đua", "thường xuyên"),
    ]


def test_sections_that_number_their_points_from_one_again_are_lists_of_their_own():
    romans = [node for node in outline(document_of(RUNNING)).children if node.kind == "roman"]
    assert _numbered_through(romans[2]) == romans
    romans = [node for node in outline(document_of(RESTARTED)).children if node.kind == "roman"]
    assert _numbered_through(romans[2]) == [romans[2]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tư vấn miễn phí cho hộ nghèo, mỗi quý một đợt.", "mỗi quý một đợt"),
        ("tổ chức mỗi tháng 01 lần", "mỗi tháng 01 lần"),
        # a round of places, not of time
        ("phân bổ cho mỗi xã một đợt tập huấn", ""),
    ],
)
def test_a_round_given_after_its_period(text, expected):
    assert due_in(text) == expected


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Ban Giám khảo dự giờ, chấm tiết dạy của giáo viên dự thi.", "Ban Giám khảo"),
        ("Hội đồng Khen thưởng, Kỷ luật xem xét, giải quyết đơn thư.", "Hội đồng Khen thưởng, Kỷ luật"),
    ],
)
def test_a_judges_and_a_councils_verbs_end_the_bodys_name(text, lead):
    assert assignment_in(text).lead == lead


def test_marking_needs_what_is_marked():
    # folded, `chấm` is also the `chậm` of `chậm nhất`: no task's verb alone
    assert ACTION.match(fold("chấm bài thi tự luận"))
    assert not ACTION.match(fold("chậm nhất ngày 15/4/2028"))


QUARTERS = """
KẾ HOẠCH
II. LỘ TRÌNH
1. Quý I/2028
- Phòng Tổ chức rà soát quy chế nội bộ trước ngày 15/3/2028.
- Tập huấn nghiệp vụ (Phòng Đào tạo thực hiện, trước ngày 20/3/2028).
2. Quý II/2028
- Khoa Kiểm soát nhiễm khuẩn giám sát vệ sinh tay tại các khoa lâm sàng trước ngày 30/5/2028.
- Khảo sát sự hài lòng của người bệnh (Phòng Công tác xã hội).
"""


def test_a_numbered_quarter_heading_is_a_time_and_leads_nothing():
    # folded, `Quý` is also the `Quỹ` of a fund's name: the heading is no unit over its lines
    found = prose_plan.recognise(context_of(QUARTERS))
    assert [(item.lead, item.due) for item in found.items] == [
        ("Phòng Tổ chức", "trước ngày 15/3/2028"),
        ("Phòng Đào tạo", "trước ngày 20/3/2028"),
        ("Khoa Kiểm soát nhiễm khuẩn", "trước ngày 30/5/2028"),
        ("Phòng Công tác xã hội", "Quý II/2028"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the least count between the period and the rounds, and a trip or a sitting as the round
        ("mỗi tháng ít nhất 02 chuyến (Phòng Phục vụ bạn đọc).", "mỗi tháng ít nhất 02 chuyến"),
        ("họp mỗi quý tối thiểu 01 phiên", "mỗi quý tối thiểu 01 phiên"),
        ("ít nhất 02 chuyến mỗi tháng", "ít nhất 02 chuyến mỗi tháng"),
        # a count of things each period is a target, no round
        ("mỗi tháng ít nhất 500 bản sách", ""),
        ("mỗi năm tối thiểu 02 lớp", ""),
    ],
)
def test_a_counted_round_with_its_least_count(text, expected):
    assert due_in(text) == expected
