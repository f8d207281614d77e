"""Shapes taught by h13fixJY (held-out h213, h221, h220), each on other text: months and quarters
abbreviated as clerks type them (`T4-T5`, `Q.II`), a holiday's occasion before its day (`Dịp 27/7`),
a closing request to every branch after a lead-in clause (`Căn cứ …, các chi hội …`), period headings
alone on a plain line (`Tháng 5:`, `Quý IV:`, `Nhiệm vụ thường xuyên:`) over tasks ending `(<body>
chủ trì; <body> phối hợp)` or a bare `(<body>)`. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

import pytest

from engine.deadlines.parsing import ONGOING, parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import _period_line
from engine.importing.layouts.prose_facts import closing_parenthesis
from engine.importing.recognisers import closing_requests

from .helpers_blocks import BlocksDocument, context_of, table_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T4-T5", date(2028, 5, 31)),
        ("T9", date(2028, 9, 30)),
        ("T 10 - T 12", date(2028, 12, 31)),
        ("Q.II", date(2028, 6, 30)),
        ("Q3", date(2028, 9, 30)),
        ("QIII/2029", date(2029, 9, 30)),
        # a day inside the month (a launch, a rally) leaves the task the month's
        ("T5 (khai mạc 12/5)", date(2028, 5, 31)),
        # a weekday beside a day of another month: no month
        ("T2 (15/3)", None),
    ],
)
def test_abbreviated_months_and_quarters(text, expected):
    assert parse_due(text, year=2028).date == expected


def test_an_abbreviated_weekday_in_a_weeks_plan_is_no_month():
    week = parse_due("T3", year=2028, period_start=date(2028, 4, 3), period_end=date(2028, 4, 9))
    assert week.date != date(2028, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dịp 27/7", date(2028, 7, 27)),
        ("Nhân dịp Ngày Nhà giáo Việt Nam 20/11", date(2028, 11, 20)),
        ("Dịp lễ 01/9 - 05/9", date(2028, 9, 5)),
        ("Dịp Tết Dương lịch 01/01/2029", date(2029, 1, 1)),
        ("Dịp Tết Trung thu", None),  # a lunar feast without its day: for a person to set
    ],
)
def test_a_holidays_occasion_is_due_on_the_day_it_names(text, expected):
    assert parse_due(text, year=2028).date == expected


def test_a_closing_request_after_a_lead_in_clause_asks_every_branch():
    table = table_of(
        [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], ["1", "Hội thi", "Ban Tuyên giáo", "T5"]]
    )
    table.row_lines = [10, 11]
    document = BlocksDocument(
        [
            table,
            Paragraph(
                "Căn cứ Kế hoạch này, các chi hội trực thuộc xây dựng kế hoạch của đơn vị, gửi về Văn phòng trước ngày 10/02/2028./.",
                line=12,
            ),
            Paragraph("Trên cơ sở đó, các chi hội chủ động triển khai.", line=13),
        ]
    )
    found = closing_requests(document, taken={11})
    assert [(item.content[:15], item.lead, item.due) for item in found] == [
        ("Căn cứ Kế hoạch", "", "trước ngày 10/02/2028")
    ]  # an undated exhortation is no item


PERIOD_LINES = """
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028
I. MỤC ĐÍCH
Nâng cao chất lượng hoạt động của Hội Cựu chiến binh xã.
II. NỘI DUNG
Tháng 5:
- Tổ chức gặp mặt hội viên nhân kỷ niệm ngày chiến thắng (Ban Thường vụ Hội chủ trì; Trạm Y tế xã phối hợp).
- Thăm hỏi hội viên ốm đau với tổ trưởng vào ngày 10 (Ban Kiểm tra Hội).
Quý IV:
- Tổng kết phong trào thi đua năm 2028 (Ban Thường vụ Hội).
Nhiệm vụ thường xuyên:
- Nắm tình hình tư tưởng hội viên (Ban Tổ chức Hội).
III. TỔ CHỨC THỰC HIỆN
Các chi hội căn cứ Chương trình này triển khai thực hiện.
"""


def test_period_lines_date_their_tasks_and_a_bare_body_in_the_closing_parenthesis_leads():
    found = prose_plan.recognise(context_of(PERIOD_LINES))
    got = [(item.content.split()[0], item.lead, item.coordinating, item.due) for item in found.items]
    assert got == [
        ("Tổ", "Ban Thường vụ Hội", "Trạm Y tế xã", "Tháng 5"),
        ("Thăm", "Ban Kiểm tra Hội", "", "Tháng 5"),
        ("Tổng", "Ban Thường vụ Hội", "", "Quý IV"),
        ("Nắm", "Ban Tổ chức Hội", "", "thường xuyên"),
    ]
    assert parse_due(got[-1][3], year=2028).recurrence == ONGOING


def test_partners_after_the_semicolon_of_a_closing_parenthesis_are_no_time():
    found = closing_parenthesis(
        "Khám sức khỏe cho người cao tuổi (Phòng Y tế chủ trì; Trạm Y tế xã phối hợp)."
    )
    assert (found.lead, found.coordinating, found.time) == ("Phòng Y tế", "Trạm Y tế xã", "")


STANDING_TITLE = """
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028
của Ban Chấp hành Hội Người cao tuổi huyện
THÁNG 3
- Tập huấn kỹ năng chăm sóc sức khỏe cho chi hội trưởng các xã (Ban Tổ chức; Văn phòng Hội).
QUÝ II
- Sơ kết 6 tháng công tác Hội, biểu dương gương người cao tuổi làm kinh tế giỏi (Văn phòng Hội).
THƯỜNG XUYÊN
- Thăm hỏi hội viên ốm đau, hoàn cảnh khó khăn (Ban Chính sách; Ban Kiểm tra).
Các chi hội thường xuyên kiểm tra danh sách hội viên, báo cáo hằng quý về Văn phòng Hội.
"""


def test_a_standing_title_in_capitals_after_month_titles_makes_its_tasks_ongoing():
    # h13fixSG: `THƯỜNG XUYÊN` (`CÁC NHIỆM VỤ THƯỜNG XUYÊN`) alone in capitals is a period title as
    # `THÁNG 3` is; its tasks do not fall under the title above it.
    found = prose_plan.recognise(context_of(STANDING_TITLE))
    got = [(item.content.split()[0], item.lead, item.due) for item in found.items]
    assert got[:3] == [
        ("Tập", "Ban Tổ chức; Văn phòng Hội", "THÁNG 3"),
        ("Sơ", "Văn phòng Hội", "QUÝ II"),
        ("Thăm", "Ban Chính sách; Ban Kiểm tra", "THƯỜNG XUYÊN"),
    ]
    assert parse_due(got[2][2], year=2028).recurrence == ONGOING


@pytest.mark.parametrize(
    ("line", "standing"),
    [
        ("THƯỜNG XUYÊN", True),
        ("CÁC NHIỆM VỤ THƯỜNG XUYÊN", True),
        ("HOẠT ĐỘNG THƯỜNG XUYÊN", True),
        # limits: a sentence opening with the word, or the word in lower case with no colon
        ("THƯỜNG XUYÊN KIỂM TRA AN TOÀN THỰC PHẨM", False),
        ("Thường xuyên", False),
    ],
)
def test_only_a_title_of_the_standing_work_alone_is_a_period_line(line, standing):
    assert bool(_period_line(line)) is standing


DATED_MONTH_LINES = """
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028
của Ban Thường vụ Hội Nông dân huyện
Tháng 02/2028
- Tổ chức gặp mặt hội viên nông dân sản xuất giỏi đầu xuân (Ban Kinh tế - Xã hội).
Tháng 6 - 7/2028
- Tập huấn kỹ thuật trồng lúa chất lượng cao cho chi hội trưởng (Ban Tổ chức - Kiểm tra).
Nhiệm vụ thường xuyên trong năm
- Nắm tình hình tư tưởng hội viên ở cơ sở (Văn phòng).
"""


def test_dated_month_lines_without_a_colon_head_the_tasks_below_them():
    # h13fixZE: a month (or a run of months) with its year alone on a plain line, its bold dropped by
    # the reader, dates the dash tasks under it (a range: its last month), and a line naming the
    # standing work makes its tasks ongoing; the board in the closing parenthesis leads.
    found = prose_plan.recognise(context_of(DATED_MONTH_LINES))
    got = [(item.content.split()[0], item.lead, item.due) for item in found.items]
    assert got == [
        ("Tổ", "Ban Kinh tế - Xã hội", "Tháng 02/2028"),
        ("Tập", "Ban Tổ chức - Kiểm tra", "Tháng 6 - 7/2028"),
        ("Nắm", "Văn phòng", "thường xuyên"),
    ]
    assert parse_due(got[1][2], year=2028).date == date(2028, 7, 31)
    assert parse_due(got[2][2], year=2028).recurrence == ONGOING


@pytest.mark.parametrize(
    ("line", "period"),
    [
        ("Tháng 01/2027", True),
        ("Tháng 4 - 5/2027", True),
        ("Tháng 3 năm 2027", True),
        ("Các nhiệm vụ thường xuyên trong năm", True),
        # h13fixZO: months joined by a word, a quarter with its year, the standing work with its year
        ("Tháng 6 và tháng 7/2027", True),
        ("Tháng 9 đến tháng 10/2027", True),
        ("Quý III/2027", True),
        ("Quý 4 năm 2027", True),
        ("Công việc thường xuyên trong năm 2027", True),
        # limits: a month without its year and without a colon, a sentence after the month, a bare
        # `Thường xuyên` in lower case, a standing word inside a sentence
        ("Tháng 4", False),
        ("Quý III", False),
        ("Quý I - II/2027", False),
        ("Quý III/2027 sơ kết công tác", False),
        ("Tháng 6 và 7 tổ chức", False),
        ("Tháng 4/2027 tổ chức sơ kết", False),
        ("Thường xuyên trong năm", False),
        ("Nhiệm vụ thường xuyên của Văn phòng", False),
    ],
)
def test_only_a_dated_month_or_the_named_standing_work_alone_is_a_plain_period_line(line, period):
    assert bool(_period_line(line)) is period


JOINED_MONTH_LINES = """
CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027
của Ban Thường vụ Hội Nông dân tỉnh
Tháng 6 và tháng 7/2027
- Tập huấn kỹ thuật nuôi ong cho chi hội trưởng (Ban Kinh tế - Xã hội).
Quý III/2027
- Kiểm tra việc sử dụng Quỹ hỗ trợ nông dân tại 02 huyện (Ủy ban Kiểm tra; Văn phòng).
Công việc thường xuyên trong năm 2027
- Nắm tình hình tư tưởng hội viên ở cơ sở (Ban Tuyên huấn).
"""


def test_joined_months_quarters_and_the_dated_standing_work_head_the_tasks_below_them():
    # h13fixZO: months joined by a word (`Tháng 6 và tháng 7/2027`: its last month) and a quarter
    # with its year (`Quý III/2027`) head their dash tasks as `Tháng 4 - 5/2027` does; the standing
    # work with its year (`… trong năm 2027`) leaves its tasks ongoing, not due the year's end.
    found = prose_plan.recognise(context_of(JOINED_MONTH_LINES))
    got = [(item.content.split()[0], item.lead, item.due) for item in found.items]
    assert [(first, lead) for first, lead, _ in got] == [
        ("Tập", "Ban Kinh tế - Xã hội"),
        ("Kiểm", "Ủy ban Kiểm tra; Văn phòng"),
        ("Nắm", "Ban Tuyên huấn"),
    ]
    assert parse_due(got[0][2], year=2027).date == date(2027, 7, 31)
    assert parse_due(got[1][2], year=2027).date == date(2027, 9, 30)
    assert parse_due(got[2][2], year=2027).recurrence == ONGOING
