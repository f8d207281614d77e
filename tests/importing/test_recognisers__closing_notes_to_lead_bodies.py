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
