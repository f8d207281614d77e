"""A sheet printed wider than the page without fit-to-width: its columns come as one table per page,
each with the number column and the header row repeated (layouts/split_columns.py)."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts.split_columns import join_split_columns
from tests.importing.helpers_blocks import table_items, table_of

_TASKS = table_of(
    [
        ["TT", "Nội dung công việc"],
        ["A", "Công tác phòng, chống dịch"],
        ["1", "Phun hóa chất diệt muỗi tại các khu dân cư có ổ dịch sốt xuất huyết"],
        ["2", "Giám sát chất lượng nước sinh hoạt tại 06 trạm cấp nước"],
        ["B", "Công tác khám chữa bệnh"],
        ["3", "Khám sức khỏe định kỳ cho người cao tuổi trên địa bàn"],
    ]
)
_LEADS = table_of(
    [
        ["TT", "Đơn vị thực hiện", "Đơn vị phối hợp"],
        ["A", "", ""],
        ["1", "Trạm Y tế xã", "Công an xã"],
        ["2", "Phòng Kinh tế", "Trạm Y tế xã"],
        ["B", "", ""],
        ["3", "Trạm Y tế xã", "Hội Người cao tuổi xã"],
    ]
)
_TIMES = table_of(
    [
        ["TT", "Thời gian thực hiện"],
        ["A", ""],
        ["1", "Tháng 7/2029"],
        ["2", "Quý III/2029"],
        ["B", ""],
        ["3", "25/11/2029"],
    ]
)


def test_the_pages_columns_are_read_as_one_table_by_their_number():
    items = table_items(
        Paragraph("KẾ HOẠCH Y TẾ XÃ NĂM 2029"),
        _TASKS,
        Paragraph("Nơi nhận:"),
        _LEADS,
        Paragraph("Hòa Bình, ngày 05 tháng 01 năm 2029"),
        _TIMES,
    )
    assert [(item.content[:24], item.lead, item.due) for item in items] == [
        ("Phun hóa chất diệt muỗi ", "Trạm Y tế xã", "Tháng 7/2029"),
        ("Giám sát chất lượng nước", "Phòng Kinh tế", "Quý III/2029"),
        ("Khám sức khỏe định kỳ ch", "Trạm Y tế xã", "25/11/2029"),
    ]


def test_a_table_continued_on_the_next_page_is_not_joined_beside_it():
    first = table_of(
        [
            ["TT", "Nội dung", "Thời hạn"],
            ["1", "Việc một", "Tháng 1"],
            ["2", "Việc hai", "Tháng 2"],
            ["3", "Việc ba", "Tháng 3"],
        ]
    )
    again = table_of(
        [
            ["TT", "Nội dung", "Thời hạn"],
            ["1", "Việc bốn", "Tháng 4"],
            ["2", "Việc năm", "Tháng 5"],
            ["3", "Việc sáu", "Tháng 6"],
        ]
    )
    assert join_split_columns([first, again]) == [first, again]


def test_tables_numbering_other_rows_stay_apart():
    other = table_of(
        [
            ["TT", "Đơn vị thực hiện"],
            ["A", ""],
            ["1", "Trạm Y tế xã"],
            ["2", "Phòng Kinh tế"],
            ["3", "Công an xã"],
            ["4", "Hội Nông dân"],
        ]
    )
    assert join_split_columns([_TASKS, other]) == [_TASKS, other]


def test_cards_whose_first_column_is_labels_stay_apart():
    card = table_of(
        [
            ["Tên nhiệm vụ", "Lập kế hoạch"],
            ["Đơn vị", "Phòng A"],
            ["Thời hạn", "Tháng 3"],
            ["Sản phẩm", "Kế hoạch"],
        ]
    )
    other = table_of(
        [
            ["Tên nhiệm vụ", "Kiểm tra"],
            ["Đơn vị", "Phòng B"],
            ["Thời hạn", "Tháng 5"],
            ["Sản phẩm", "Báo cáo"],
        ]
    )
    assert join_split_columns([card, other]) == [card, other]


def test_a_numbered_table_naming_its_own_content_is_another_table():
    targets = table_of(
        [["STT", "Chỉ tiêu", "Kế hoạch"], ["1", "Số hộ", "120"], ["2", "Số xã", "8"], ["3", "Tỷ lệ", "95%"]]
    )
    tasks = table_of(
        [
            ["STT", "Nhiệm vụ", "Thời hạn"],
            ["1", "Rà soát", "Quý I"],
            ["2", "Kiểm tra", "Quý II"],
            ["3", "Tổng kết", "Quý IV"],
        ]
    )
    assert join_split_columns([targets, tasks]) == [targets, tasks]
