"""Progress sheets: a completion first set beside an adjusted one, a row called off in its time,
cumulative percentages under dated or period columns."""

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.headers import role_scores
from engine.importing.layouts import tables
from engine.importing.recognition import Context


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def _table(rows) -> Table:
    grid = grid_from_spans([[c if isinstance(c, tuple) else (c, 1, 1) for c in row] for row in rows])
    return Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=True)


def _items(*blocks):
    found = tables.recognise(Context(_Document(list(blocks)), None))
    return found.items if found else []


def test_the_completion_a_contract_set_is_the_due_unless_the_adjusted_one_beside_it_is_filled():
    assert role_scores("Hoàn thành theo KH").get("due", 0) >= 0.8
    items = _items(
        _table(
            [
                [
                    "TT",
                    "Gói thầu",
                    "Tổ phụ trách",
                    "Khởi công",
                    "Hoàn thành theo hợp đồng",
                    "Điều chỉnh (nếu có)",
                ],
                ["1", "Nâng cấp đường vào bãi rác", "Tổ Kỹ thuật", "02/01/2031", "30/06/2031", ""],
                ["2", "Lắp đặt trạm cân điện tử", "Tổ Kỹ thuật", "10/02/2031", "31/05/2031", "15/07/2031"],
            ]
        )
    )
    assert [(i.lead, i.due) for i in items] == [("Tổ Kỹ thuật", "30/06/2031"), ("Tổ Kỹ thuật", "15/07/2031")]


def test_a_row_whose_adjusted_time_calls_it_off_is_no_item():
    items = _items(
        _table(
            [
                [("STT", 2, 1), ("Nội dung", 2, 1), ("Thời gian", 1, 2), ("Bộ phận chủ trì", 2, 1)],
                ["Dự kiến", "Điều chỉnh"],
                ["1", "Hội thi tiếng hát công nhân lao động", "Tháng 5", "", "Ban Tuyên giáo"],
                ["2", "Giải bóng đá nữ công nhân", "Tháng 6", "Không tổ chức.", "Ban Văn thể"],
                ["3", "Chợ phiên cuối năm cho công nhân", "Tháng 12", "Hủy bỏ", "Ban Chính sách"],
                ["4", "Tập huấn cán bộ công đoàn cơ sở", "Quý III", "Tháng 10", "Ban Tổ chức"],
            ]
        )
    )
    assert [(i.content[:12], i.due) for i in items] == [
        ("Hội thi tiến", "Tháng 5"),
        ("Tập huấn cán", "Tháng 10"),
    ]


def test_cumulative_shares_under_dated_columns_are_due_where_they_reach_100_led_by_the_row_merged_above():
    items = _items(
        _table(
            [
                [("STT", 2, 1), ("Hạng mục", 2, 1), ("Tỷ lệ hoàn thành lũy kế", 1, 3), ("Ghi chú", 2, 1)],
                ["Đến 15/5/2031", "Tính đến ngày 15/8/2031", "Đến hết 15/11/2031"],
                ["I", ("CÔNG TY CỔ PHẦN CẤP NƯỚC VÀ XÂY DỰNG ĐÔ THỊ SỐ 2 CỦA THÀNH PHỐ CẢNG PHÍA BẮC", 1, 5)],
                ["1", "Thay tuyến ống phân phối phường Cầu Tre", "40%", "100%", "", ""],
                ["2", "Lắp đồng hồ tổng các khu tập thể cũ", "10", "55", "100", "Theo mùa khô"],
            ]
        )
    )
    assert [(i.content[:11], i.lead, i.due) for i in items] == [
        (
            "Thay tuyến ",
            "CÔNG TY CỔ PHẦN CẤP NƯỚC VÀ XÂY DỰNG ĐÔ THỊ SỐ 2 CỦA THÀNH PHỐ CẢNG PHÍA BẮC",
            "15/8/2031",
        ),
        (
            "Lắp đồng hồ",
            "CÔNG TY CỔ PHẦN CẤP NƯỚC VÀ XÂY DỰNG ĐÔ THỊ SỐ 2 CỦA THÀNH PHỐ CẢNG PHÍA BẮC",
            "15/11/2031",
        ),
    ]


def test_a_row_whose_capital_was_moved_away_is_no_item_and_every_owner_s_report_under_the_table_is():
    items = _items(
        _table(
            [
                ["TT", "Dự án", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"],
                ["1", "Nạo vét kênh Tám Thước", "UBND xã Vĩnh Hòa", "30/9/2031", ""],
                [
                    "2",
                    "Đường liên ấp Bờ Đập",
                    "UBND xã Vĩnh Hòa",
                    "",
                    "Đã cắt giảm toàn bộ kế hoạch vốn năm 2031",
                ],
                [
                    "Các chủ đầu tư gửi báo cáo khối lượng về Phòng Kinh tế trước ngày 20 hằng tháng.",
                    "",
                    "",
                    "",
                    "",
                ],
            ]
        )
    )
    assert [(i.content[:13], i.due) for i in items] == [
        ("Nạo vét kênh ", "30/9/2031"),
        ("Các chủ đầu t", "hằng tháng"),
    ]


def test_a_group_row_merged_across_does_not_make_a_short_column_the_task_column():
    items = _items(
        _table(
            [
                ["TT", "Chủ quản, công trình", "Thời hạn", "Vướng mắc", "Người theo dõi"],
                ["A", ("UBND PHƯỜNG HÒA BÌNH VÀ CÁC TỔ DÂN PHỐ TRỰC THUỘC PHƯỜNG", 1, 4)],
                ["1", "Lát vỉa hè tuyến phố Chợ Cũ", "30/6/2031", "", "Hà"],
                ["2", "Chiếu sáng ngõ 12 Hàng Thùng", "31/8/2031", "", "Vũ"],
            ]
        )
    )
    assert [(i.content, i.due) for i in items] == [
        ("Lát vỉa hè tuyến phố Chợ Cũ", "30/6/2031"),
        ("Chiếu sáng ngõ 12 Hàng Thùng", "31/8/2031"),
    ]


def test_a_bare_roman_number_beside_a_name_in_the_plan_s_own_case_heads_whom_it_concerns_not_a_lead():
    items = _items(
        _table(
            [
                ["STT", "Nội dung kiểm tra", "Thời gian"],
                ["I", ("Ủy ban nhân dân các phường", 1, 2)],
                ["1", "Kiểm tra hồ sơ cấp phép xây dựng nhà ở", "Tháng 9"],
                ["II", ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ", 1, 2)],
                ["2", "Tổng hợp kết quả tự kiểm tra của các trường", "Tháng 10"],
            ]
        )
    )
    assert [(i.content[:9], i.lead) for i in items] == [
        ("Kiểm tra ", ""),
        ("Tổng hợp ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ"),
    ]
