"""A column of those in charge naming a division's head by post alone (`Trưởng phòng`, `Phó Trưởng
khoa`), beside posts before persons (`PTP Lê Thị Hoa`, `CV. Đỗ Văn Nam`): the head's post is a post,
not a unit (`Trưởng` folds as `Trường`, a school), so the column leads as printed (h13fixTA)."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts.days import names_head_post_only
from engine.importing.layouts.table_leads import _leader_cell_unit
from tests.importing.helpers_blocks import table_items, table_of

_TITLE = Paragraph("KẾ HOẠCH CÔNG TÁC NĂM 2031 CỦA PHÒNG ĐÀO TẠO", 1)


def _plan(who: list[str]):
    return table_of(
        [
            ["TT", "Nội dung", "Thời gian", "Người phụ trách"],
            ["1", "Xây dựng kế hoạch đào tạo năm học 2031-2032", "Tháng 3/2031", who[0]],
            ["2", "Rà soát chương trình đào tạo các ngành", "Tháng 5/2031", who[1]],
            ["3", "Tổ chức thi tốt nghiệp đợt 1", "Tháng 6/2031", who[2]],
            ["4", "Cập nhật dữ liệu người học lên hệ thống", "Thường xuyên", who[3]],
        ]
    )


def test_a_head_post_alone_beside_posts_before_persons_leads_as_printed():
    who = ["Trưởng phòng", "PTP Lê Thị Hoa", "Phó Trưởng khoa Vũ Minh Tâm", "CV. Đỗ Văn Nam"]
    items = table_items(_TITLE, _plan(who))
    assert [item.lead for item in items] == who


def test_a_head_post_alone_is_a_post_in_any_case():
    for post in ("Trưởng phòng", "Phó Trưởng ban", "TRƯỞNG PHÒNG", "Trưởng khoa Ngô Thị Lan"):
        assert names_head_post_only(post), post
        assert _leader_cell_unit(post) == "", post


def test_a_head_post_before_a_unit_and_a_school_are_not_posts_alone():
    # limits: the unit a post heads is still read as a unit; a school is a unit
    for text in ("Trưởng phòng Nội vụ", "Trường Tiểu học Kim Đồng", "Phòng Đào tạo"):
        assert not names_head_post_only(text), text
    assert _leader_cell_unit("Trường Tiểu học Kim Đồng") == "Trường Tiểu học Kim Đồng"


def test_a_head_post_beside_a_unit_still_leaves_the_unit_leading():
    who = ["Tổ Khảo thí", "PTP Lê Thị Hoa", "Trưởng phòng", "Tổ Khảo thí"]
    items = table_items(_TITLE, _plan(who))
    assert [item.lead for item in items] == ["Tổ Khảo thí", "", "", "Tổ Khảo thí"]
