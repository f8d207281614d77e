"""A calendar's chair column naming officers by a military or police rank before the name (`Đại tá
Hoàng Văn Lâm, Chỉ huy trưởng`, `Thượng úy Lê Văn An - Đội trưởng`) beside a column of the unit that
prepares the entry (`Cơ quan chuẩn bị`): the officer chairs, the preparing unit leads. Own text, not
a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import names_leader
from engine.importing.leaders import names_ranked_person
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument


def test_a_rank_before_a_name_is_a_person_who_chairs():
    for text in (
        "Đại tá Hoàng Văn Lâm, Chỉ huy trưởng",
        "Thượng tá Trịnh Công Đức - Chính ủy",
        "Trung tá Phí Thị Hằng (Phó Trưởng phòng)",
        "Thiếu tá Cao Minh Tú",
        "Đại úy Lò Văn Sinh",
        "Thượng úy Mạc Đình Khôi - Đội trưởng",
        "Thiếu tướng Âu Dương Quân, Giám đốc Công an tỉnh",
        "Chuẩn Đô đốc Ninh Quang Hào",
        "Thiếu tướng, PGS.TS. Tôn Thất Bình",
        "Đồng chí Trung úy Giáp Văn Hưng",
        "Thượng sĩ Hà Văn Nhẫn",
        "ĐẠI TÁ KHỔNG MINH TRÍ",
    ):
        assert names_ranked_person(text) and names_leader(text), text
    for text in (
        "Phòng Tham mưu",
        "Trung tâm Huấn luyện",
        "Đại tá",  # a rank with no name
        "Trung tá phụ trách",
        "Đại úy Ngô Văn Tư chủ trì cuộc họp",  # a sentence, not a name
        "Đại đội Trinh sát",
        "Trung đoàn 174",
    ):
        assert not names_ranked_person(text), text


def test_the_preparing_unit_leads_beside_a_chair_column_of_ranked_officers():
    rows = [
        [("Ngày", 1, 1), ("Giờ", 1, 1), ("Nội dung", 1, 1), ("Thủ trưởng chủ trì", 1, 1), ("Cơ quan chuẩn bị", 1, 1)],
        [("Thứ Hai 11/10/2027", 2, 1), ("07 giờ 30", 1, 1), ("Giao ban Chỉ huy Bộ Chỉ huy", 1, 1),
         ("Đại tá Hoàng Văn Lâm, Chỉ huy trưởng", 1, 1), ("Văn phòng", 1, 1)],
        [("14 giờ 00", 1, 1), ("Thông qua phương án tác chiến phòng thủ", 1, 1),
         ("Thượng tá Trịnh Công Đức, Tham mưu trưởng", 1, 1), ("Phòng Tham mưu", 1, 1)],
        [("Thứ Ba 12/10/2027", 1, 1), ("08 giờ 00", 1, 1), ("Kiểm tra kho vũ khí", 1, 1),
         ("Trung tá Phí Thị Hằng - Phó Chỉ huy trưởng", 1, 1), ("Phòng Hậu cần - Kỹ thuật", 1, 1)],
    ]  # fmt: skip
    found = calendar_weeks.recognise(
        Context(BlocksDocument([Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])]), None)
    )
    assert [i.lead for i in found.items] == ["Văn phòng", "Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"]
    assert found.items[0].leader.startswith("Đại tá Hoàng Văn Lâm")
