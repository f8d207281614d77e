"""An indicator sheet's numbered row over sub-rows lettered in the number column, a signature block
typed into one cell, and a closing line asking bodies of every place of a level or every trade union
of a kind for a report (h13fixTF: the shapes of h506, h577, h454 and h628)."""

import pytest

from engine.importing.blocks import Cell
from engine.importing.layouts.prose_facts import asks_report
from engine.importing.layouts.table_rows import _signature_row
from tests.importing.helpers_blocks import table_items, table_of

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Phòng theo dõi", "Thời hạn"]


@pytest.mark.parametrize(
    "text, asks",
    [
        # bodies of every place of a level: the level closes their name
        ("Các Trung tâm Y tế huyện, thị xã báo cáo kết quả về Sở trước ngày 10/12/2026.", True),
        ("Các LĐLĐ quận, huyện và công đoàn ngành báo cáo kết quả thực hiện trước 15/11.", True),
        ("Các Đài Truyền thanh xã báo cáo số tin, bài đã phát trước ngày 05 hằng tháng.", True),
        # every trade union of a kind
        ("Các công đoàn cơ sở trực thuộc báo cáo kết quả về Công đoàn ngành trước ngày 15/6/2026.", True),
        # not: a place named after its level (one district's body), a body placed by a preposition
        ("Các Trung tâm Y tế huyện Đông Sơn báo cáo kết quả trước ngày 10/12/2026.", False),
        ("Các công trình trên địa bàn huyện báo cáo tiến độ trước ngày 10/12/2026.", False),
        # not: bodies of every place asked for no report
        ("Các Trung tâm Y tế huyện, thị xã chủ động triển khai các chỉ tiêu được giao.", False),
    ],
)
def test_bodies_of_every_place_and_trade_unions_are_asked_for_a_report(text, asks):
    assert asks_report(text) is asks


def test_a_line_under_the_sheet_asking_bodies_of_every_place_for_a_report_is_an_item_with_no_lead():
    table = table_of(
        [
            HEADER,
            ["1", "Số lớp bồi dưỡng nghiệp vụ được mở", "Lớp", "6", "Phòng Tổ chức", "30/9/2026"],
            ["", "", "", "", "", ""],
            [
                "",
                "Các Trung tâm Văn hóa huyện, thành phố báo cáo kết quả trước ngày 20/11/2026.",
                "",
                "",
                "",
                "",
            ],
        ]
    )
    items = table_items(table)
    assert [item.content[:30] for item in items] == [
        "Số lớp bồi dưỡng nghiệp vụ đượ",
        "Các Trung tâm Văn hóa huyện, t",
    ]
    assert items[1].lead == "" and items[1].due == "trước ngày 20/11/2026"


@pytest.mark.parametrize(
    "cells, signed",
    [
        (["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Thị Hoà"], True),
        (["TRƯỞNG PHÒNG\nLê Văn Bình"], True),
        (["", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐinh Công Sơn"], True),
        # not: a heading's capitals over a task's line in lower case, nor a post's line under a name
        (["HỘI NGHỊ SƠ KẾT\nTổ chức hội nghị sơ kết 6 tháng đầu năm"], False),
        (["Nguyễn Văn An\nGIÁM ĐỐC"], False),
    ],
)
def test_a_signature_block_typed_into_one_cell_is_a_signature_row(cells, signed):
    row = [Cell(text) for text in cells]
    assert _signature_row(row) is signed


def test_a_signature_cell_under_the_sheet_is_no_item():
    table = table_of(
        [
            HEADER,
            ["1", "Số lớp bồi dưỡng nghiệp vụ được mở", "Lớp", "6", "Phòng Tổ chức", "30/9/2026"],
            ["", "", "", "", "", ""],
            ["", "", "", "", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thị Hoà", ""],
        ]
    )
    assert [item.content for item in table_items(table)] == ["Số lớp bồi dưỡng nghiệp vụ được mở"]


def test_a_numbered_row_printing_only_its_text_heads_its_lettered_sub_rows():
    table = table_of(
        [
            HEADER,
            ["1", "Cấp giấy phép lái xe", "", "", "", ""],
            ["a", "Hạng A1 cho người dân tộc thiểu số", "Giấy", "300", "Phòng Sát hạch", "30/6/2026"],
            ["b", "Hạng B cho lái xe dịch vụ", "Giấy", "900", "Phòng Quản lý vận tải", "Quý IV"],
            ["2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "100", "Văn phòng", "31/12/2026"],
        ]
    )
    items = table_items(table)
    assert [(item.content, item.lead) for item in items] == [
        ("Hạng A1 cho người dân tộc thiểu số", "Phòng Sát hạch"),
        ("Hạng B cho lái xe dịch vụ", "Phòng Quản lý vận tải"),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", "Văn phòng"),
    ]


def test_a_numbered_row_with_a_unit_and_time_of_its_own_stays_an_item_over_its_lettered_sub_rows():
    table = table_of(
        [
            HEADER,
            ["1", "Xếp loại chi hội vững mạnh", "%", "≥ 80", "Ban Tổ chức", "Tháng 7/2026"],
            ["a", "Chi hội khu dân cư", "%", "≥ 85", "", ""],
            ["b", "Chi hội nghề nghiệp", "%", "≥ 70", "", "Tháng 6/2026"],
        ]
    )
    items = table_items(table)
    assert [(item.content, item.lead, item.due) for item in items] == [
        ("Xếp loại chi hội vững mạnh", "Ban Tổ chức", "Tháng 7/2026"),
        ("Chi hội khu dân cư", "Ban Tổ chức", "Tháng 7/2026"),
        ("Chi hội nghề nghiệp", "Ban Tổ chức", "Tháng 6/2026"),
    ]


def test_a_bare_numbered_row_over_the_next_number_is_no_heading():
    table = table_of(
        [
            HEADER,
            ["1", "Cập nhật cơ sở dữ liệu hộ tịch", "", "", "", ""],
            ["2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "100", "Văn phòng", "31/12/2026"],
        ]
    )
    assert [item.content for item in table_items(table)] == [
        "Cập nhật cơ sở dữ liệu hộ tịch",
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
    ]
