"""A closing note under a task table addressed to the tasks' lead bodies by their role (`Ghi chú: Cơ
quan chủ trì các nhiệm vụ báo cáo … trước ngày 15/12 hằng năm`, engine/importing/recognisers.py):
their periodic duty, an item with no lead of its own. Own text, not a corpus document's."""

from engine.importing.blocks import Paragraph
from engine.importing.recognisers import closing_requests
from tests.importing.helpers_blocks import BlocksDocument, table_of


def test_a_closing_note_to_the_lead_bodies_by_their_role_is_their_periodic_duty():
    table = table_of(
        [
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
            ["1", "Lắp camera giao thông", "Công an huyện", "Quý II"],
        ]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph(
                "Ghi chú: Đơn vị chủ trì nhiệm vụ gửi báo cáo tiến độ về Văn phòng trước ngày 25 hằng tháng.",
                line=7,
            ),
            Paragraph("Ghi chú: Cơ quan chủ trì chủ động bố trí kinh phí.", line=8),
        ]
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:25], item.lead, item.due) for item in found] == [
        ("Đơn vị chủ trì nhiệm vụ g", "", "hằng tháng")
    ]  # an undated reminder is no item


def test_the_heads_of_the_advising_units_asked_for_a_monthly_report_is_their_duty():
    # `Đơn vị tham mưu` is how a department's programme names the units that lead its tasks; a
    # request to their heads (`Thủ trưởng các …`) is the units' own, as one to the units is.
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị tham mưu", "Thời gian trình"],
            ["1", "Đề án phát triển chè", "Phòng Trồng trọt", "Tháng 9"],
        ]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph(
                "Thủ trưởng các đơn vị tham mưu báo cáo tiến độ về Văn phòng trước ngày 20 hằng tháng.",
                line=7,
            ),
            Paragraph("Thủ trưởng các đơn vị chủ động triển khai, bảo đảm chất lượng.", line=8),
            Paragraph("Các đơn vị gửi báo cáo về Văn phòng trước ngày 22 hằng tháng.", line=9),
        ]
    )
    found = closing_requests(document, taken={6}, leads=["Phòng Trồng trọt"])
    # an exhortation with no time is no item; a monthly report asked of every unit is one too (a
    # closing reporting request, the corpus README's policy)
    assert [(item.content[:28], item.lead, item.due) for item in found] == [
        ("Thủ trưởng các đơn vị tham m", "", "hằng tháng"),
        ("Các đơn vị gửi báo cáo về Vă", "", "hằng tháng"),
    ]


def test_an_organising_heading_with_its_paragraph_on_the_same_line():
    # `III. TỔ CHỨC THỰC HIỆN: <request>`: the heading and its one paragraph on a line
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
            ["1", "Sơn lại lớp học", "Tổ Văn phòng", "Tháng 8"],
        ]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph(
                "III. TỔ CHỨC THỰC HIỆN: Lãnh đạo các phòng gửi kết quả vào sáng thứ Hai hằng tuần.", line=7
            ),
        ]
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:30], item.lead, item.due) for item in found] == [
        ("Lãnh đạo các phòng gửi kết quả", "", "hằng tuần")
    ]


def test_a_dated_duty_the_issuer_gives_under_an_organising_heading():
    table = table_of(
        [["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], ["1", "Nạo vét kênh", "Phòng Kinh tế", "Tháng 5"]]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph("3. Tổ chức thực hiện", line=7),
            Paragraph(
                "Giao Phòng Kinh tế tổng hợp kết quả, báo cáo UBND phường trước ngày 15/6/2029.", line=8
            ),
            Paragraph("Giao Phòng Kinh tế chủ động phối hợp với các đơn vị liên quan.", line=9),  # undated
        ]
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:26], item.lead, item.due) for item in found] == [
        ("Giao Phòng Kinh tế tổng hợ", "Phòng Kinh tế", "trước ngày 15/6/2029")
    ]


def test_a_report_after_each_round_is_recurring_and_an_appendix_of_slogans_ends_the_duties():
    from engine.deadlines.parsing import parse_due

    table = table_of(
        [
            ["TT", "Đợt kiểm tra", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Kiểm tra an toàn thực phẩm dịp Tết", "Phòng Y tế", "Tháng 01/2027"],
        ]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph("IV. TỔ CHỨC THỰC HIỆN", line=7),
            Paragraph(
                "1. Các đơn vị chủ trì gửi biên bản về Văn phòng trong vòng 03 ngày sau mỗi lần kiểm tra.",
                line=8,
            ),
            Paragraph("PHỤ LỤC: KHẨU HIỆU", line=9),
            Paragraph("1. Phòng Y tế huyện đồng hành cùng người tiêu dùng!", line=10),
        ]
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:28], item.lead, item.due) for item in found] == [
        ("1. Các đơn vị chủ trì gửi bi", "", "trong vòng 03 ngày sau mỗi lần kiểm tra")
    ]
    due = parse_due("sau mỗi đợt tập huấn", year=2027)
    assert due.recurrence == "monthly" and due.needs_review  # the rounds' days for a person to set


def test_giving_a_named_unit_the_follow_up_after_the_table_is_its_duty_though_undated():
    table = table_of(
        [
            ["TT", "Nội dung khắc phục", "Đơn vị thực hiện", "Thời hạn"],
            ["1", "Lắp đặt bình chữa cháy tại kho lưu trữ", "Phòng Hành chính", "Tháng 10/2027"],
        ]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph("Giao Phòng Pháp chế theo dõi, đôn đốc các bộ phận thực hiện khắc phục.", line=7),
            Paragraph("Giao các bộ phận chủ động phối hợp.", line=8),
        ]
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:22], item.lead, item.due) for item in found] == [
        ("Giao Phòng Pháp chế th", "Phòng Pháp chế", "")
    ]
