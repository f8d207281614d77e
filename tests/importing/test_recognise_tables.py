"""The table recogniser on blocks: sections, sub-items, continued and merged rows, outside leads."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph, Table, grid_from_spans
from engine.importing.layouts import tables
from engine.importing.recognition import Context


class _Document:
    def __init__(self, blocks):
        self.blocks = blocks
        self.lines = []


def _table(rows, *, spans_known: bool = True) -> Table:
    grid = grid_from_spans([[c if isinstance(c, tuple) else (c, 1, 1) for c in row] for row in rows])
    return Table(grid, number=1, row_lines=list(range(1, len(grid) + 1)), spans_known=spans_known)


def _items(*blocks):
    found = tables.recognise(Context(_Document(list(blocks)), None))
    return found.items if found else []


HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"]


def test_section_rows_head_the_rows_below():
    items = _items(
        _table(
            [
                HEADER,
                ["I", "Cải cách thể chế", "", "", "", ""],
                ["1", "Rà soát văn bản", "Sở Tư pháp", "", "Quý I", ""],
                [("B. NHIỆM VỤ KHÁC", 1, 6)],
                ["1", "Kiểm tra", "Sở Nội vụ", "", "Quý II", ""],
            ]
        )
    )
    assert [(i.ref, i.section, i.lead, i.due) for i in items] == [
        ("1", "I Cải cách thể chế", "Sở Tư pháp", "Quý I"),
        ("1", "B. NHIỆM VỤ KHÁC", "Sở Nội vụ", "Quý II"),
    ]


def test_sub_items_inherit_the_lead_of_the_row_heading_them():
    items = _items(
        _table(
            [
                HEADER,
                ["5", "Chuyển đổi số", "Sở Khoa học và Công nghệ", "", "Năm 2026", ""],
                ["5.1", "Nâng cấp cổng dịch vụ công", "", "", "", ""],
                ["5.2", "Số hóa hồ sơ", "Sở Nội vụ", "", "Quý III", ""],
                ["6", "Kiểm tra", "Sở Nội vụ", "", "", ""],
            ]
        )
    )
    assert [(i.ref, i.section, i.lead, i.due) for i in items] == [
        ("5.1", "5. Chuyển đổi số", "Sở Khoa học và Công nghệ", "Năm 2026"),
        ("5.2", "5. Chuyển đổi số", "Sở Nội vụ", "Quý III"),
        ("6", None, "Sở Nội vụ", ""),
    ]


def test_a_tracked_parent_task_with_a_state_of_its_own_is_an_item_beside_its_sub_tasks():
    # A tracker's export: the parent is a task in the system (its own state), not a group heading.
    header = ["TT", "Công việc", "Đơn vị thực hiện", "Hạn", "Tình trạng"]
    items = _items(
        _table(
            [
                header,
                [
                    "3",
                    "Nâng cấp phần mềm một cửa",
                    "Trung tâm Phục vụ hành chính công",
                    "30/9/2027",
                    "Đang làm",
                ],
                ["3.1", "Chuyển dữ liệu hồ sơ cũ", "Phòng Quản trị mạng", "15/8/2027", "Chưa làm"],
                ["3.2", "Đào tạo người dùng", "", "", "Chưa làm"],
                ["4", "Kiểm kê thiết bị", "Phòng Hành chính", "", ""],
                ["4.1", "Kiểm kê máy chủ", "Phòng Quản trị mạng", "05/9/2027", ""],
            ]
        )
    )
    assert [(i.ref, i.section, i.lead, i.due) for i in items] == [
        ("3", None, "Trung tâm Phục vụ hành chính công", "30/9/2027"),
        ("3.1", None, "Phòng Quản trị mạng", "15/8/2027"),
        ("3.2", None, "Trung tâm Phục vụ hành chính công", "30/9/2027"),
        # no state of its own: a heading over its sub-task, as before
        ("4.1", "4. Kiểm kê thiết bị", "Phòng Quản trị mạng", "05/9/2027"),
    ]


def test_tasks_listed_in_one_cell_of_a_table_with_no_time_column_are_items_due_as_each_prints():
    listed = (
        "- Sửa mái nhà kho số 2, xong trước ngày 12/9/2027.",
        "- Mua bình chữa cháy mới (trong tháng 10/2027).",
        "- Kiểm tra hệ thống điện hằng tháng.",
    )
    items = _items(
        _table(
            [
                ["TT", "Đơn vị", "Nhiệm vụ"],
                ["1", "Đội Hậu cần", ("Sửa mái nhà kho …", 1, 1, listed)],
                [
                    "2",
                    "Đội Bảo vệ",
                    ("Trực 24/24, gồm: …", 1, 1, ("Trực 24/24, gồm:", "- cổng chính", "- cổng phụ")),
                ],
                ["3", "Đội Xe", "Đăng kiểm xe tải trước 30/11/2027."],
            ]
        )
    )
    assert [(i.content, i.lead, i.due) for i in items] == [
        ("Sửa mái nhà kho số 2, xong trước ngày 12/9/2027.", "Đội Hậu cần", "trước ngày 12/9/2027"),
        ("Mua bình chữa cháy mới (trong tháng 10/2027).", "Đội Hậu cần", "trong tháng 10/2027"),
        ("Kiểm tra hệ thống điện hằng tháng.", "Đội Hậu cần", "hằng tháng"),
        # a lead-in over its contents: one task
        ("Trực 24/24, gồm: …", "Đội Bảo vệ", ""),
        ("Đăng kiểm xe tải trước 30/11/2027.", "Đội Xe", "trước 30/11/2027"),
    ]


def test_tasks_listed_in_one_cell_beside_a_time_column_stay_one_task():
    listed = ("- Lập dự toán", "- Trình phê duyệt")
    items = _items(
        _table(
            [
                ["TT", "Đơn vị", "Nhiệm vụ", "Thời hạn"],
                ["1", "Phòng Tài chính", ("Lập dự toán Trình phê duyệt", 1, 1, listed), "Quý IV/2027"],
            ]
        )
    )
    assert [(i.content, i.due) for i in items] == [("Lập dự toán Trình phê duyệt", "Quý IV/2027")]


def test_a_row_with_no_number_and_content_of_its_own_continues_the_row_above_unless_another_lead():
    # Corpus 01: STT and task merged down, the row has its own product and deadline.
    header = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện"]
    items = _items(
        _table(
            [
                header,
                [
                    ("2", 2, 1),
                    ("Ban hành Kế hoạch kiểm tra", 2, 1),
                    "Kế hoạch kiểm tra",
                    "Tháng 01",
                    "Sở Nội vụ",
                ],
                ["Kế hoạch tự kiểm tra", "Tháng 02", "Các cơ quan, đơn vị"],
                ["3", "Tuyên truyền", "Kế hoạch tuyên truyền", "Tháng 3", "Sở Nội vụ"],
            ]
        )
    )
    # The second row names another lead: the same task for another body, an item of its own
    # (corpus 01's expected items); a row with no lead of its own still continues the row above.
    assert [(i.content, i.lead, i.due) for i in items] == [
        ("Ban hành Kế hoạch kiểm tra", "Sở Nội vụ", "Tháng 01"),
        ("Ban hành Kế hoạch kiểm tra", "Các cơ quan, đơn vị", "Tháng 02"),
        ("Tuyên truyền", "Sở Nội vụ", "Tháng 3"),
    ]
    items = _items(
        _table(
            [
                header,
                [
                    ("2", 2, 1),
                    ("Ban hành Kế hoạch kiểm tra", 2, 1),
                    "Kế hoạch kiểm tra",
                    "Tháng 01",
                    "Sở Nội vụ",
                ],
                ["Kế hoạch tự kiểm tra", "Tháng 02", ""],
            ]
        )
    )
    assert len(items) == 1
    assert items[0].note == "Sản phẩm: Kế hoạch kiểm tra; Sản phẩm: Kế hoạch tự kiểm tra"
    assert items[0].due == "Tháng 01; Tháng 02" and items[0].lead == "Sở Nội vụ"


def test_a_lead_merged_down_goes_to_every_row_and_a_blank_due_stays_blank():
    items = _items(
        _table(
            [
                HEADER,
                ["1", "Rà soát", ("Sở Tư pháp", 3, 1), "", "Quý I", ""],
                ["2", "Kiểm tra", "", ("Quý II", 2, 1), ""],
                ["3", "Báo cáo", "", "", ""],
                ["4", "Tổng kết", "Sở Nội vụ", "", "", ""],
            ]
        )
    )
    assert [(i.lead, i.due) for i in items] == [
        ("Sở Tư pháp", "Quý I"),
        ("Sở Tư pháp", "Quý II"),
        ("Sở Tư pháp", "Quý II"),
        ("Sở Nội vụ", ""),  # not merged: the due above is not carried
    ]


def test_without_spans_a_blank_due_stays_blank_but_a_grouping_column_still_heads_its_rows():
    # A reader that gives only lines (tab-separated text) cannot say what was merged: a blank due
    # cell right of the content is that row's own (none), not the row above's (perturbed seed 7).
    items = _items(
        _table(
            [HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I", ""], ["2", "Kiểm tra", "Sở Y", "", "", ""]],
            spans_known=False,
        )
    )
    assert [i.due for i in items] == ["Quý I", ""]
    # a month column left of the content heads the rows under it (seed 000's shape)
    grouped = ["Thời gian", "STT", "Nội dung", "Đơn vị chủ trì"]
    items = _items(
        _table(
            [grouped, ["Tháng 1", "1", "Rà soát", "Sở Tư pháp"], ["", "2", "Kiểm tra", "Sở Y"]],
            spans_known=False,
        )
    )
    assert [i.due for i in items] == ["Tháng 1", "Tháng 1"]


def test_a_note_that_gives_the_lead():
    items = _items(
        _table(
            [HEADER, ["1", "Tổng kết", "", "", "Tháng 12", "Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh"]]
        )
    )
    assert items[0].lead == "Sở Tài chính"


def test_the_lead_named_in_the_paragraph_above_the_table():
    items = _items(
        Paragraph("a) Tổ chức chương trình đối thoại:"),
        Paragraph("Báo và Phát thanh, Truyền hình tỉnh chủ trì, phối hợp với các sở xây dựng nội dung."),
        _table(
            [
                ["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian (Năm 2026)"],
                ["1", "Giải đáp vướng mắc", "Lãnh đạo Sở Công Thương", "Ngày 15/01/2026"],
                ["2", "Giải đáp vướng mắc", "Lãnh đạo Sở Y tế", "Ngày 12/02/2026"],
            ]
        ),
    )
    assert [(i.lead, i.leader) for i in items] == [
        ("Báo và Phát thanh, Truyền hình tỉnh", "Lãnh đạo Sở Công Thương"),
        ("Báo và Phát thanh, Truyền hình tỉnh", "Lãnh đạo Sở Y tế"),
    ]
    # Read inside the sentence just above: as sure as a lead read inside a sentence, not flagged low.
    assert items[0].confidence == 0.9 and items[0].reasons == ["guessed_lead"]


def test_an_inspection_schedule_takes_its_lead_from_the_plan_text():
    items = _items(
        Paragraph("1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các ngành tổ chức kiểm tra."),
        Paragraph("V. TỔ CHỨC THỰC HIỆN"),
        Paragraph("a) Chỉ đạo tổ chức kiểm tra theo đúng nội dung."),
        Paragraph("b) Ban hành thông báo kết luận."),
        Paragraph("c) Theo dõi, đôn đốc."),
        Paragraph("d) Báo cáo."),
        Paragraph("Phụ lục I"),
        _table([["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], ["1", "Sở Xây dựng", "Tháng 7/2026"]]),
    )
    assert [(i.content, i.lead, i.due) for i in items] == [("Sở Xây dựng", "Sở Nội vụ", "Tháng 7/2026")]
    assert items[0].confidence == 0.7  # named far above the table: a row to check


def test_footnote_rows_under_the_table_are_not_tasks():
    items = _items(
        _table(
            [
                HEADER,
                ["1", "Rà soát", "Sở Tư pháp", "", "Quý I", ""],
                [("Ghi chú: các sở cập nhật số liệu lên phần mềm trước ngày 15 hằng tháng.", 1, 6)],
                [("(*) Theo Quyết định số 12/QĐ-UBND.", 1, 6)],
            ]
        )
    )
    assert [i.content for i in items] == ["Rà soát"]


def test_a_footnote_asking_every_unit_for_a_report_by_a_round_is_an_item():
    # A closing reporting request (the corpus README's policy), whatever kinds lead the rows.
    items = _items(
        _table(
            [
                HEADER,
                ["1", "Kiểm tra nhà văn hóa", "Trung tâm Văn hóa", "", "Quý II", ""],
                [("Ghi chú: Các xã, phường gửi báo cáo tiến độ về Trung tâm hằng quý.", 1, 6)],
            ]
        )
    )
    assert [(i.content[:14], i.lead, i.due) for i in items] == [
        ("Kiểm tra nhà v", "Trung tâm Văn hóa", "Quý II"),
        ("Các xã, phường", "", "hằng quý"),
    ]


def test_short_rows_of_a_markdown_page_carry_the_month_and_unit_down():
    # Corpus 12: vertically merged cells became rows with only their first cells.
    items = _items(
        _table(
            [
                [
                    "STT",
                    "Tên thông tin thống kê",
                    "Mức độ",
                    "Thời gian phổ biến",
                    "Hình thức",
                    "Đơn vị chịu trách nhiệm",
                ],
                ["A", "B", "1", "2", "3", "4"],
                [
                    "1",
                    "Số đơn vị hành chính",
                    "Chính thức",
                    "Tháng 6/2026",
                    "Cổng",
                    "Vụ Chính quyền địa phương",
                ],
                ["2", "Số đại biểu HĐND", "Chính thức", "", "", ""],
                ["3", "Số hội", "Chính thức", "Tháng 5/2026", "Cổng", "Vụ Tổ chức phi chính phủ"],
            ]
        )
    )
    assert [(i.ref, i.due, i.lead) for i in items] == [
        ("1", "Tháng 6/2026", "Vụ Chính quyền địa phương"),
        ("2", "Tháng 6/2026", "Vụ Chính quyền địa phương"),
        ("3", "Tháng 5/2026", "Vụ Tổ chức phi chính phủ"),
    ]


def test_indicator_rows_with_parents_and_a_period_in_the_section_row():
    items = _items(
        _table(
            [
                ["STT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Ghi chú"],
                [("I. Đến năm 2027", 1, 5)],
                ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "≥ 80", ""],
                ["4.", "Cung cấp dịch vụ công", "", "", ""],
                ["4.2.", "Số hồ sơ", "Hồ sơ", "462.814", ""],
                ["4.2.1.", "Hồ sơ trực tuyến", "Hồ sơ", "419.218", ""],
            ]
        )
    )
    assert [(i.ref, i.section, i.indicator_measure, i.indicator_target, i.due) for i in items] == [
        ("1", "I. Đến năm 2027", "%", "≥ 80", "Đến năm 2027"),
        ("4.2.", "I. Đến năm 2027 / 4. Cung cấp dịch vụ công", "Hồ sơ", "462.814", "Đến năm 2027"),
        ("4.2.1.", "I. Đến năm 2027 / 4. Cung cấp dịch vụ công", "Hồ sơ", "419.218", "Đến năm 2027"),
    ]
    assert all(i.indicator_name == i.content for i in items)


def test_a_table_with_no_header_continues_the_table_above_of_the_same_width():
    items = _items(
        _table([HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I", ""]]),
        _table([["2", "Kiểm tra", "Sở Nội vụ", "", "Quý II", ""]]),
    )
    assert [i.ref for i in items] == ["1", "2"]


def test_rows_above_a_header_lower_in_the_table_continue_the_table_above():
    # A PDF page's first table: the last rows of the table on the page before (a month merged
    # away) glued over the next table's repeated header (Chromium's PDF of seed 000, page 5).
    month = ["Thời gian", "Nội dung", "Chủ trì tham mưu"]
    items = _items(
        _table([month, ["Tháng 10", "Tham mưu công tác cán bộ", "Văn phòng"]]),
        _table(
            [
                ["", "Triển khai đoàn giám sát", "Văn phòng"],
                ["", "Tổ chức đoàn xúc tiến", "Phòng Quản lý Khoa học"],
                month,
                ["", "Tổ chức hội thảo", "Trung tâm KHCN&TT"],
            ]
        ),
    )
    assert [(i.content, i.lead, i.due) for i in items] == [
        ("Tham mưu công tác cán bộ", "Văn phòng", "Tháng 10"),
        ("Triển khai đoàn giám sát", "Văn phòng", "Tháng 10"),
        ("Tổ chức đoàn xúc tiến", "Phòng Quản lý Khoa học", "Tháng 10"),
        ("Tổ chức hội thảo", "Trung tâm KHCN&TT", "Tháng 10"),
    ]


def test_rows_above_a_header_after_text_are_no_tasks():
    items = _items(
        _table([HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I", ""]]),
        Paragraph("Phụ lục II"),
        _table(
            [
                ["", "Biểu tổng hợp nhiệm vụ", "", "", "", ""],
                HEADER,
                ["1", "Kiểm tra", "Sở Nội vụ", "", "", ""],
            ]
        ),
    )
    assert [i.content for i in items] == ["Rà soát", "Kiểm tra"]


def test_no_task_table_no_answer_and_support_is_a_share():
    assert (
        tables.recognise(Context(_Document([_table([["TT", "Họ tên", "Điểm"], ["1", "An", "9"]])]), None))
        is None
    )
    day_calendar = _table(
        [["Ngày", "Nội dung công việc", "Cơ quan chuẩn bị"], ["01", "Họp giao ban", "Văn phòng"]]
    )
    assert tables.recognise(Context(_Document([day_calendar]), None)) is None
    found = tables.recognise(
        Context(_Document([_table([HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I", ""]])]), None)
    )
    assert found.layout == "table" and 0 < found.support <= 1


def test_a_content_only_row_heads_a_group_in_a_numbered_table_and_is_a_task_in_an_unnumbered_one():
    numbered = _items(
        _table(
            [
                ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
                ["", "Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo", "", ""],
                ["1", "Làm việc với các bộ", "Bộ Khoa học và Công nghệ", "Tháng 12/2025"],
            ]
        )
    )
    assert [(i.ref, i.section) for i in numbered] == [
        ("1", "Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo")
    ]
    unnumbered = _items(
        _table(
            [
                ["Nội dung", "Đơn vị chủ trì", "Thời hạn"],
                ["Tổng kết", "Sở Nội vụ", "Quý IV"],
                ["Sơ kết", "", ""],
            ]
        )
    )
    assert [i.content for i in unnumbered] == ["Tổng kết", "Sơ kết"]


def test_a_row_cut_by_a_page_break_goes_on_the_row_above_cell_by_cell():
    """The next page's table (no header, same width) starts with the rest of the last row: no
    number, content in lower case, and the rest of each cell ("Chi cục Chăn" / "nuôi và Thú y")."""
    page_two = _table([["", "dịch bệnh gia súc", "nuôi và Thú y", "Trung tâm Khuyến nông", "", ""]])
    items = _items(
        _table([HEADER, ["6", "Kiểm tra công tác phòng, chống", "Chi cục Chăn", "", "Tháng 5", ""]]),
        page_two,
    )
    assert [(i.content, i.lead, i.coordinating, i.due) for i in items] == [
        (
            "Kiểm tra công tác phòng, chống dịch bệnh gia súc",
            "Chi cục Chăn nuôi và Thú y",
            "Trung tâm Khuyến nông",
            "Tháng 5",
        )
    ]


def test_a_row_whose_text_ended_on_the_page_before_gets_the_rest_of_its_unit_s_name():
    """The next page starts with the rest of the unit's name in lower case under an empty content
    cell ("Ban Quản lý" / "dự án huyện"), the rest of the time beside it."""
    page_two = _table([["", "", "dự án huyện", "các xã", "IV/2029", ""]])
    items = _items(
        _table([HEADER, ["9", "Tổng kết kế hoạch", "Ban Quản lý", "UBND", "Quý", ""]]),
        page_two,
    )
    assert [(i.content, i.lead, i.coordinating, i.due) for i in items] == [
        ("Tổng kết kế hoạch", "Ban Quản lý dự án huyện", "UBND các xã", "Quý IV/2029")
    ]


def test_a_continuing_table_s_first_row_naming_a_unit_of_its_own_is_not_a_cut_name():
    items = _items(
        _table([HEADER, ["1", "Rà soát văn bản", "Sở Tư pháp", "", "Quý I", ""]]),
        _table([["", "", "Sở Nội vụ", "", "Quý II", ""]]),
    )
    # a second step with its own unit and time, as before: not one name glued across the break
    assert [(i.lead, i.due) for i in items] == [("Sở Tư pháp; Sở Nội vụ", "Quý I; Quý II")]


def test_a_numbered_first_row_of_a_continuing_table_is_an_item_of_its_own():
    items = _items(
        _table([HEADER, ["1", "Rà soát văn bản", "Sở Tư pháp", "", "Quý I", ""]]),
        _table([["2", "kiểm tra định kỳ", "Sở Nội vụ", "", "Quý II", ""]]),
    )
    assert [(i.ref, i.lead) for i in items] == [("1", "Sở Tư pháp"), ("2", "Sở Nội vụ")]


def test_a_json_export_with_english_keys_is_read_as_a_task_table():
    import json

    from engine.importing.build import import_document

    export = {
        "data": [
            {"id": "P-1", "title": "Thông tư sửa đổi quy chế", "deadline": "08/2026",
             "owner": {"department": "Phòng Quản lý nợ"}, "supervisor": "Hoàng Hải"},
            {"id": "P-2", "title": "Nghị định hướng dẫn Luật", "deadline": "Tuỳ thuộc vào Luật",
             "owner": {"department": "Phòng Viện trợ"}, "supervisor": "Hoàng Hải"},
        ]
    }  # fmt: skip
    data = json.dumps(export, ensure_ascii=False).encode()
    result = import_document(data, "export.json", units=[], year=2026)
    assert [(i.content, i.lead_text, i.due_text) for i in result.items] == [
        ("Thông tư sửa đổi quy chế", "Phòng Quản lý nợ", "08/2026"),
        ("Nghị định hướng dẫn Luật", "Phòng Viện trợ", "Tuỳ thuộc vào Luật"),
    ]
    assert result.items[0].due_date.isoformat() == "2026-08-31" and result.items[1].due_needs_review


def test_a_ragged_markdown_row_carries_the_cells_it_did_not_print():
    # Corpus 12: row 9 printed its month but not its channel and unit (merged down from row 8).
    rows = [
        ["STT", "Tên thông tin", "Thời gian phổ biến", "Hình thức", "Đơn vị chịu trách nhiệm"],
        ["8", "Số doanh nghiệp", "Tháng 4/2026", "Cổng", "Cục Quản lý lao động ngoài nước"],
        ["9", "Số người lao động đi làm việc", "Tháng 5/2026", "", ""],
        ["10", "Số người về nước", "", "Cổng", ""],
    ]
    table = _table(rows)
    table.row_widths = [5, 5, 3, 4]
    assert [(i.ref, i.due, i.lead) for i in _items(table)] == [
        ("8", "Tháng 4/2026", "Cục Quản lý lao động ngoài nước"),
        ("9", "Tháng 5/2026", "Cục Quản lý lao động ngoài nước"),
        ("10", "", "Cục Quản lý lao động ngoài nước"),  # its printed blank month stays blank
    ]


def test_a_month_or_quarter_group_row_is_the_due_of_its_rows_and_a_time_note_of_its_own():
    # No time column: the groups say when; the periodic group's rows say it in the note.
    header = ["TT", "Nội dung trình", "Cơ quan chủ trì", "Ghi chú"]
    items = _items(
        _table(
            [
                header,
                [("Tháng 5", 1, 4)],
                ["1", "Quy chế phối hợp quản lý chợ", "Sở Công Thương", ""],
                [("QUÝ IV", 1, 4)],
                ["1", "Đề án kinh tế đêm", "Sở Văn hóa", "Trình HĐND"],
                [("NỘI DUNG ĐỊNH KỲ", 1, 4)],
                ["1", "Báo cáo tiến độ giải ngân", "Sở Tài chính", "Hằng tháng"],
            ]
        )
    )
    assert [(i.content[:12], i.due) for i in items] == [
        ("Quy chế phối", "Tháng 5"),
        ("Đề án kinh t", "QUÝ IV"),
        ("Báo cáo tiến", "Hằng tháng"),
    ]


def test_a_group_row_naming_no_time_gives_no_due():
    items = _items(
        _table(
            [
                ["TT", "Nội dung", "Chủ trì", "Ghi chú"],
                [("LĨNH VỰC KINH TẾ", 1, 4)],
                ["1", "Đề án", "Sở A", ""],
            ]
        )
    )
    assert items[0].due == ""


def test_several_deadline_columns_give_the_latest_printed():
    items = _items(
        _table(
            [
                [("TT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị chủ trì", 2, 1), ("Thời hạn trình", 1, 2)],
                ["Lãnh đạo Sở", "UBND tỉnh"],
                ["1", "Đề án chợ đầu mối", "Phòng Thương mại", "Tháng 9", "Tháng 7"],
                ["2", "Quy định phí chợ", "Phòng Thương mại", "20/5", "30/6"],
                ["3", "Kế hoạch xúc tiến", "Phòng Xúc tiến", "Quý III", ""],
            ]
        )
    )
    assert [(i.lead, i.due) for i in items] == [
        ("Phòng Thương mại", "Tháng 9"),
        ("Phòng Thương mại", "30/6"),
        ("Phòng Xúc tiến", "Quý III"),
    ]  # and the second header row is no item


def test_of_two_submission_steps_the_later_one_wins_in_the_row_s_year_or_stays_for_review():
    items = _items(
        _table(
            [
                [
                    "TT",
                    "Nội dung",
                    "Phòng tham mưu",
                    "Thời gian trình Ban Giám đốc",
                    "Thời gian trình Hội đồng quản trị",
                ],
                [
                    "1",
                    "Phương án giá dịch vụ",
                    "Phòng Kinh doanh",
                    "12/11/2029",
                    "Báo cáo tại cuộc họp tháng 12",
                ],
                ["2", "Quy chế lương mới", "Phòng Nhân sự", "Tháng 11", "Kỳ họp thường niên cuối năm"],
                ["3", "Kế hoạch bảo trì", "Phòng Kỹ thuật", "Tháng 12", "10/11/2029"],
            ]
        )
    )
    assert [i.due for i in items] == [
        "Báo cáo tại cuộc họp tháng 12",  # December's meeting, after 12/11/2029 (not a monthly report)
        "Kỳ họp thường niên cuối năm",  # the last step not dated: for a person to set
        "Tháng 12",  # the cells read in the year one of them prints: December 2029 after 10/11/2029
    ]


def test_cả_tuần_is_due_at_the_end_of_the_week_cell():
    header = ["Tuần", "Ngày", "Nội dung", "Phụ trách"]
    items = _items(
        _table(
            [
                header,
                [("Tuần 2 (12/1 - 18/1)", 2, 1), "13/1", "Họp tổ chuyên môn", "Tổ Lý"],
                ["Cả tuần", "Kiểm tra vở học sinh", "Tổ Hóa"],
            ]
        )
    )
    assert [i.due for i in items] == ["13/1", "12/1 - 18/1"]


def test_a_total_line_under_an_export_is_no_item():
    items = _items(
        _table(
            [
                ["STT", "Trích yếu", "Đơn vị chủ trì xử lý", "Hạn xử lý"],
                ["1", "Trả lời kiến nghị", "Phòng Thương mại", "30/10/2026"],
                ["Tổng cộng: 1 văn bản", "", "", ""],
            ]
        )
    )
    assert [i.content for i in items] == ["Trả lời kiến nghị"]


def _sheet(rows, name) -> Table:
    table = _table(rows)
    table.sheet = name
    return table


def test_every_sheet_is_read_and_one_not_read_is_a_warning():
    first = _sheet([["Nội dung", "Chủ trì", "Thời hạn"], ["Rà soát", "Sở Tư pháp", "Quý I"]], "Kế hoạch")
    # The same width as the first sheet, no header: a sheet continues no other sheet.
    notes = _sheet([["Người lập", "Lê Hòa", "x"], ["Ngày lập", "02/01/2026", "y"]], "Thông tin")
    third = _sheet(
        [["ĐƠN VỊ B", "", ""], ["Nội dung", "Chủ trì", "Thời hạn"], ["Kiểm tra", "Sở Nội vụ", "Quý II"]], "B"
    )
    found = tables.recognise(Context(_Document([first, notes, third]), None))
    assert [i.content for i in found.items] == ["Rà soát", "Kiểm tra"]
    assert len(found.warnings) == 1 and "Thông tin" in found.warnings[0].message


def test_an_activity_column_is_the_task_and_a_person_heading_a_unit_leads_it():
    # The problem merged down over its activities is context; the person in charge is a leader
    # whose post names the unit that leads (no lead column).
    items = _items(
        _table(
            [
                ["TT", "Vấn đề cần cải thiện", "Hoạt động can thiệp", "Người phụ trách", "Kết thúc"],
                [
                    "1",
                    ("Tỷ lệ tái khám cao", 2, 1),
                    "Gọi điện nhắc lịch tái khám",
                    "BS. Hồ Văn An - Trưởng khoa Nội",
                    "30/6/2026",
                ],
                [
                    "2",
                    "Rút ngắn thời gian trả kết quả",
                    "Lê Thị Bình, Phó trưởng phòng Hành chính",
                    "31/8/2026",
                ],
                ["3", "Ngập nước sân", "Khơi thông rãnh thoát", "KS. Đào Văn Cường", "15/7/2026"],
            ]
        )
    )
    assert [(i.content, i.lead, i.leader, i.due) for i in items] == [
        ("Gọi điện nhắc lịch tái khám", "khoa Nội", "BS. Hồ Văn An - Trưởng khoa Nội", "30/6/2026"),
        (
            "Rút ngắn thời gian trả kết quả",
            "phòng Hành chính",
            "Lê Thị Bình, Phó trưởng phòng Hành chính",
            "31/8/2026",
        ),
        ("Khơi thông rãnh thoát", "", "KS. Đào Văn Cường", "15/7/2026"),  # no post: no unit
    ]


def test_a_numbered_heading_merged_across_the_row_is_a_section_and_not_the_due_of_its_rows():
    # `2 | CÔNG TÁC …` merged over every cell after the number heads `2.1`, `2.2`; its copies in the
    # lead and due columns are neither (found by the perturbed set: `1.1` numbering in a .docx).
    items = _items(
        _table(
            [
                HEADER,
                ["1", ("CÔNG TÁC TUYÊN TRUYỀN", 1, 5)],
                ["1.1", "In tờ rơi về phòng cháy", "Trung tâm Văn hóa", "", "Tháng 4", ""],
                ["1.2", "Phát thanh lưu động", "Đài Truyền thanh xã", "", "", ""],
                ["2", ("CÔNG TÁC KIỂM TRA", 1, 5)],
                ["2.1", "Kiểm tra chợ đêm", "Đội Quản lý thị trường", "", "", ""],
            ]
        )
    )
    assert [(i.ref, i.section, i.lead, i.due) for i in items] == [
        ("1.1", "1 CÔNG TÁC TUYÊN TRUYỀN", "Trung tâm Văn hóa", "Tháng 4"),
        ("1.2", "1 CÔNG TÁC TUYÊN TRUYỀN", "Đài Truyền thanh xã", ""),
        ("2.1", "2 CÔNG TÁC KIỂM TRA", "Đội Quản lý thị trường", ""),
    ]


# --- a unit-by-period matrix (h13fixN2) --------------------------------------------------------


def test_a_unit_by_month_matrix_gives_an_item_per_task_line_due_at_its_months_end():
    from engine.importing.blocks import Cell
    from engine.importing.layouts import period_matrix

    table = _table(
        [
            ["TT", "Đơn vị chủ trì", "Tháng 4", "Tháng 5", "Tháng 6"],
            ["1", "Phòng Tư pháp", "- Rà soát văn bản quy phạm pháp luật của xã", ("- Tổ chức Ngày Pháp luật tại các thôn", 1, 2)],
            ["2", "Công an xã", "—", "", "- Tuyên truyền phòng cháy trong khu dân cư (xong trước 12/6)"],
            ["3", "Trạm Y tế", "- Tiêm chủng mở rộng đợt 1 năm 2027\n- Kiểm tra an toàn thực phẩm bếp ăn trường học", "", ""],
        ]
    )  # fmt: skip
    table.rows[3][2] = Cell(
        table.rows[3][2].text.replace("\n", " "),
        parts=("- Tiêm chủng mở rộng đợt 1 năm 2027", "- Kiểm tra an toàn thực phẩm bếp ăn trường học"),
    )
    got = [(item.content, item.lead, item.due) for item in period_matrix.read(table)]
    assert got == [
        ("Rà soát văn bản quy phạm pháp luật của xã", "Phòng Tư pháp", "Tháng 4"),
        ("Tổ chức Ngày Pháp luật tại các thôn", "Phòng Tư pháp", "Tháng 6"),
        ("Tuyên truyền phòng cháy trong khu dân cư (xong trước 12/6)", "Công an xã", "trước 12/6"),
        ("Tiêm chủng mở rộng đợt 1 năm 2027", "Trạm Y tế", "Tháng 4"),
        ("Kiểm tra an toàn thực phẩm bếp ăn trường học", "Trạm Y tế", "Tháng 4"),
    ]


def test_a_grid_of_period_marks_is_no_matrix():
    from engine.importing.layouts import period_matrix

    table = _table(
        [
            ["TT", "Nội dung", "Đơn vị chủ trì", "Quý I", "Quý II", "Quý III"],
            ["1", "Kiểm tra thu chi ngân sách xã", "Phòng Tài chính", "x", "", "x"],
            ["2", "Sơ kết công tác cải cách hành chính", "Văn phòng", "", "x", ""],
        ]
    )
    assert period_matrix.read(table) == []


def test_a_word_cells_paragraphs_are_kept_beside_its_text():
    import io

    import docx

    from engine.importing.readers import read_document

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Phòng Kinh tế"
    table.cell(0, 1).text = "- Thống kê thiệt hại"
    table.cell(0, 1).add_paragraph("- Nghiệm thu kênh mương")
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = read_document(buffer.getvalue(), "m.docx").blocks
    (read,) = [block for block in blocks if isinstance(block, Table)]
    assert read.rows[0][1].text == "- Thống kê thiệt hại - Nghiệm thu kênh mương"
    assert read.rows[0][1].parts == ("- Thống kê thiệt hại", "- Nghiệm thu kênh mương")
    assert read.rows[0][0].parts == ()


FORM_HEADER = ["Dấu thời gian", "Địa chỉ email", "Đơn vị đăng ký", "Nội dung nhiệm vụ", "Thời hạn", "Ghi chú"]


def test_a_form_response_sheet_drops_test_answers_and_answers_a_later_one_replaces():
    items = _items(
        _table(
            [
                FORM_HEADER,
                [
                    "05/5/2026 8:00:01",
                    "x@y.vn",
                    "Ban Quản lý chợ",
                    "Sắp xếp lại các quầy hàng khu ẩm thực",
                    "Quý III/2026",
                    "",
                ],
                [
                    "05/5/2026 9:12:40",
                    "x@y.vn",
                    "Ban Quản lý chợ",
                    "Lắp đặt camera tại cổng chợ",
                    "30/6/2026",
                    "",
                ],
                ["05/5/2026 9:30:00", "t@y.vn", "Thử", "test", "", ""],
                [
                    "06/5/2026 7:45:02",
                    "z@y.vn",
                    "Đội Trật tự đô thị",
                    "Ra quân dọn dẹp vỉa hè tuyến phố chính",
                    "",
                    "Theo kế hoạch của Ủy ban phường",
                ],
                [
                    "07/5/2026 14:05:33",
                    "x@y.vn",
                    "Ban Quản lý chợ",
                    "Sắp xếp lại các quầy hàng khu ẩm thực và khu hàng khô",
                    "31/8/2026",
                    "Nộp lại, thay cho phiếu ngày 05/5",
                ],
                [
                    "07/5/2026 15:00:00",
                    "w@y.vn",
                    "Tổ Thử nghiệm",
                    "Thử nghiệm mẫu nước sinh hoạt tại khu dân cư",
                    "Hằng tháng",
                    "",
                ],
            ]
        )
    )
    assert [(i.content[:26], i.lead, i.due) for i in items] == [
        ("Lắp đặt camera tại cổng ch", "Ban Quản lý chợ", "30/6/2026"),
        ("Ra quân dọn dẹp vỉa hè tuy", "Đội Trật tự đô thị", "Theo kế hoạch của Ủy ban phường"),
        ("Sắp xếp lại các quầy hàng ", "Ban Quản lý chợ", "31/8/2026"),
        ("Thử nghiệm mẫu nước sinh h", "Tổ Thử nghiệm", "Hằng tháng"),
    ]
    assert "Dấu thời gian: 05/5/2026 9:12:40" in items[0].note


def test_a_test_word_or_a_note_naming_a_replacement_counts_only_in_a_form_response_sheet():
    items = _items(
        _table(
            [
                HEADER,
                ["1", "Lắp biển báo tại bến đò", "Phòng Kinh tế", "", "Quý II", ""],
                [
                    "2",
                    "Lắp biển báo tại bến đò và bến xe",
                    "Phòng Kinh tế",
                    "",
                    "Quý III",
                    "Thay cho nhiệm vụ 1",
                ],
                ["3", "Test", "Phòng Văn hóa", "", "Quý IV", ""],
            ]
        )
    )
    assert [i.ref for i in items] == ["1", "2", "3"]


def test_a_total_line_counting_the_rows_in_its_own_cell_is_no_item_in_any_column():
    items = _items(
        _table(
            [
                ["TT", "Công việc", "Người thực hiện", "Hạn"],
                ["1", "Sửa mái nhà xe", "Tổ Bảo vệ", "12/8/2029"],
                ["", "", "Tổng số công việc: 1 việc.", ""],
                ["", "Tổng hợp: 3 báo cáo quý của các tổ", "Văn phòng", "15/8/2029"],
            ]
        )
    )
    assert [i.content for i in items] == ["Sửa mái nhà xe", "Tổng hợp: 3 báo cáo quý của các tổ"]


def test_a_total_line_naming_what_it_counts_over_numbers_is_no_item():
    items = _items(
        _table(
            [
                ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Tỷ lệ"],
                ["1", "Kiểm kê tài sản công", "Phòng Tài chính", "31/12/2026", "40%"],
                ["", "Tổng số việc được giao:", "1", "", "40%"],
                ["", "Tổng hợp ý kiến góp ý dự thảo quy chế", "Văn phòng", "15/11/2026", ""],
            ]
        )
    )
    assert [i.content for i in items] == ["Kiểm kê tài sản công", "Tổng hợp ý kiến góp ý dự thảo quy chế"]


def test_a_frequency_column_is_the_round_where_no_deadline_is_printed_and_signers_end_the_table():
    from engine.deadlines.parsing import parse_due

    items = _items(
        _table(
            [
                ["TT", "Công việc", "Chu kỳ", "Đơn vị thực hiện", "Người giám sát", "Hạn hoàn thành"],
                ["1", "Lau rửa tấm pin mặt trời trên mái", "Hằng tháng", "Tổ Kỹ thuật", "Tổ trưởng", ""],
                ["2", "Kiểm tra tiếp địa chống sét", "6 tháng/lần", "Tổ Kỹ thuật", "Phó Giám đốc", ""],
                ["3", "Thay bộ lọc nước tổng", "12 tháng/lần", "Tổ Hành chính", "Kế toán", "20/9/2028"],
                ["4", "Sơn lại lan can cầu thang", "01 lần", "Tổ Hành chính", "Kế toán", "Quý II/2028"],
                ["", "NGƯỜI LẬP", "", "", "GIÁM ĐỐC", ""],
                ["", "Lý Văn Tâm", "", "", "Hà Thị Yến", ""],
            ]
        )
    )
    got = [(item.content.split()[0], item.due) for item in items]
    assert got == [
        ("Lau", "Hằng tháng"),
        ("Kiểm", "6 tháng/lần"),
        ("Thay", "20/9/2028"),
        ("Sơn", "Quý II/2028"),
    ]
    assert [parse_due(item.due, year=2028).recurrence for item in items[:2]] == ["monthly", "half_yearly"]
    assert "Chu kỳ: 12 tháng/lần" in items[2].note  # the round kept beside this year's deadline


def test_an_export_archived_record_is_no_task_and_a_label_colour_no_part_of_the_unit():
    items = _items(
        _table(
            [
                ["Name", "Labels", "Due", "Description", "Archived"],
                ["Dọn kho hồ sơ", "Phòng Hành chính (orange)", "2026-06-01", "", "false"],
                ["Đặt xe đoàn", "Phòng Hành chính (orange)", "2026-06-02", "", "TRUE"],
                ["Báo cáo tiến độ", "Tổ Kế hoạch (purple)", "", "Định kỳ hằng tuần, gửi Giám đốc.", "false"],
                ["Chuyển đổi phần mềm", "Tổ Kế hoạch (purple)", "", "Theo lộ trình của Tập đoàn", "false"],
            ]
        )
    )
    assert [item.content for item in items] == ["Dọn kho hồ sơ", "Báo cáo tiến độ", "Chuyển đổi phần mềm"]
    assert [item.lead for item in items] == ["Phòng Hành chính", "Tổ Kế hoạch", "Tổ Kế hoạch"]
    # A note opening with a recurrence, or saying the time is a roadmap's, is the time of a row printing none.
    assert [item.due for item in items] == ["2026-06-01", "Định kỳ hằng tuần", "Theo lộ trình của Tập đoàn"]


def test_trong_quy_is_the_quarter_its_own_table_title_or_section_row_names():
    # A sheet of two period tables: the first titled above its header, the second by a row of its
    # own with the header repeated; "Cả tháng" under a month title, a title naming several quarters
    # ("QUÝ I VÀ II") names none.
    header = ["TT", "Công việc", "Bộ phận làm", "Hạn hoàn thành"]
    items = _items(
        _table(
            [
                [("PHẦN A - VIỆC QUÝ III/2029", 1, 4)],
                header,
                ["1", "Sửa chữa mái nhà kho số 3", "Tổ Hậu cần", "Trong quý"],
                ["2", "Kiểm kê thiết bị phòng thí nghiệm", "Tổ Thiết bị", "Trong quý"],
                [("PHẦN B - VIỆC QUÝ IV/2029", 1, 4)],
                header,
                ["1", "Quyết toán kinh phí sửa chữa nhà kho", "Tổ Tài vụ", "Trong quý."],
            ]
        ),
        Paragraph("Mục 2. Việc tháng 5/2029"),
        _table([header, ["1", "Phun thuốc diệt muỗi khu tập thể", "Tổ Hậu cần", "Cả tháng"]]),
        Paragraph("Việc QUÝ I VÀ II/2029"),
        _table([header, ["1", "Sơn lại cổng trường", "Tổ Hậu cần", "Trong quý"]]),
    )
    assert [item.due for item in items] == [
        "Trong quý (QUÝ III/2029)",
        "Trong quý (QUÝ III/2029)",
        "Trong quý. (QUÝ IV/2029)",
        "Cả tháng (tháng 5/2029)",
        "Trong quý",
    ]


def test_a_note_asking_every_unit_of_the_kinds_leading_the_rows_is_an_item():
    def items_under(leads, note):
        rows = [HEADER] + [[str(n), f"Việc số {n}", lead, "", "Quý I", ""] for n, lead in enumerate(leads, 1)]
        return _items(_table([*rows, [(note, 1, 6)]]))

    note = "Lưu ý: Các xưởng, tổ nộp báo cáo về Phòng Tổng hợp trước ngày 10 tháng cuối mỗi quý."
    found = items_under(["Xưởng Cơ khí", "Tổ Điện"], note)
    assert found[-1].content.startswith("Các xưởng, tổ nộp báo cáo") and found[-1].lead == ""
    assert "mỗi quý" in found[-1].due
    # one kind of one lead, or kinds no row is led by: a general note, no item
    assert len(items_under(["Xưởng Cơ khí", "Tổ Điện"], note.replace("xưởng, tổ", "xưởng"))) == 2
    assert len(items_under(["Phòng A", "Phòng B"], note)) == 2
    # a time counted from the event ("trước khi tổ chức ít nhất 05 ngày"): a reminder, no dated duty
    from engine.importing.layouts.tables import _footnote_request

    reminder = "Các xưởng, tổ gửi kế hoạch chi tiết về Phòng Tổng hợp trước khi tổ chức ít nhất 05 ngày."
    assert _footnote_request(reminder, 9, ["Xưởng Cơ khí", "Tổ Điện"]) is None
    assert _footnote_request(note, 9, ["Xưởng Cơ khí", "Tổ Điện"]).due == "trước ngày 10 tháng cuối mỗi quý"


def test_a_task_over_two_rows_a_content_row_and_a_row_of_labelled_cells_is_one_item():
    # `TT (rowspan 2) | <task> (colspan 3)` over `Đơn vị thực hiện: … | Đơn vị phối hợp: … | Hạn: …`,
    # under a header merged across that names no role per column; a section row across the table.
    table = _table(
        [
            ["TT", ("Nội dung, đơn vị thực hiện, phối hợp và thời hạn", 1, 3)],
            ["A", ("CÔNG TÁC CHUYÊN MÔN", 1, 3)],
            [("1", 2, 1), ("Rà soát danh mục thuốc thiết yếu năm 2028", 1, 3)],
            ["Đơn vị thực hiện: Khoa Dược", "Đơn vị phối hợp: Phòng Tài chính", "Hạn: Quý II"],
            [("2", 2, 1), ("Tập huấn cấp cứu ngoại viện", 1, 3)],
            ["Đơn vị thực hiện: Khoa Cấp cứu", "Đơn vị phối hợp: —", "Hạn: 15/9/2028"],
        ]
    )
    items = _items(table)
    assert [(i.ref, i.content, i.lead, i.coordinating, i.due, i.section) for i in items] == [
        (
            "1",
            "Rà soát danh mục thuốc thiết yếu năm 2028",
            "Khoa Dược",
            "Phòng Tài chính",
            "Quý II",
            "A CÔNG TÁC CHUYÊN MÔN",
        ),
        ("2", "Tập huấn cấp cứu ngoại viện", "Khoa Cấp cứu", "—", "15/9/2028", "A CÔNG TÁC CHUYÊN MÔN"),
    ]
    assert [i.line for i in items] == [3, 5]  # each item on its task row's line


def test_rows_of_one_text_without_labelled_rows_under_them_are_not_two_row_tasks():
    from engine.importing.layouts.paired_rows import fold_labelled_rows

    table = _table(
        [
            ["STT", ("Nội dung", 1, 2)],
            ["1", ("Rà soát hồ sơ", 1, 2)],
            ["Chủ trì: Phòng A", "Thời hạn: Quý I"],  # a labelled row after no task row: not the shape
            ["Chủ trì: Phòng B", "Thời hạn: Quý II"],
        ]
    )
    assert fold_labelled_rows(table) is None
    plain = _table(
        [["STT", "Nội dung", "Chủ trì"], ["1", "Rà soát hồ sơ", "Phòng A"], ["2", "Báo cáo", "Phòng B"]]
    )
    assert fold_labelled_rows(plain) is None


def test_ditto_marks_repeat_the_cell_above_in_lead_and_due_cells():
    items = _items(
        _table(
            [
                ["TT", "Công việc", "Bộ phận thực hiện", "Thời hạn"],
                ["1", "Lập dự toán mua sắm thiết bị", "Tổ Hậu cần", "10/3/2029"],
                ["2", "Tổ chức đấu thầu gói thiết bị", "- nt -", "25/3/2029"],
                ["3", "Nghiệm thu, bàn giao thiết bị", "〃", "〃"],
                ["4", "Cập nhật sổ theo dõi tài sản", "Tổ Kế toán", "Như trên"],
                ["5", "Kiểm kê tài sản cuối quý", "nt", "30/3/2029"],
            ]
        )
    )
    assert [(item.lead, item.due) for item in items] == [
        ("Tổ Hậu cần", "10/3/2029"),
        ("Tổ Hậu cần", "25/3/2029"),
        ("Tổ Hậu cần", "25/3/2029"),
        ("Tổ Kế toán", "25/3/2029"),
        ("Tổ Kế toán", "30/3/2029"),
    ]


def test_a_ditto_mark_is_only_a_cell_of_marks_and_never_a_task_or_a_first_row():
    assert all(
        tables.is_ditto(text)
        for text in ['"', "”", "〃", "- nt -", "-nt-", "(nt)", "Như trên", "- như trên -"]
    )
    assert not any(
        tables.is_ditto(text) for text in ["Như trên đã nêu", "Tổ NT", "Nt 2", "", "Theo như trên kế hoạch"]
    )
    items = _items(
        _table(
            [
                ["TT", "Công việc", "Bộ phận thực hiện", "Thời hạn"],
                ["1", "Rà soát danh mục hồ sơ", '"', "10/3/2029"],
                ["2", "Như trên", "Tổ Văn thư", "12/3/2029"],
            ]
        )
    )
    assert [(item.content, item.lead) for item in items] == [
        ("Rà soát danh mục hồ sơ", '"'),  # nothing above it to repeat
        ("Như trên", "Tổ Văn thư"),  # the task column is never filled from above
    ]


def test_a_cancelled_record_is_no_task_and_a_revised_deadline_replaces_the_first_only_where_printed():
    items = _items(
        _table(
            [
                ["Nội dung", "Đơn vị chủ trì", "Thời hạn", "Gia hạn đến", "Trạng thái"],
                ["Sửa mái kho", "Phòng Hành chính", "31/3/2028", "", "Đang làm"],
                ["Kiểm kê tài sản", "Phòng Kế toán", "30/4/2028", "20/4/2028", "Đang làm"],
                ["Mua xe", "Phòng Hành chính", "30/6/2028", "", "Đã hủy"],
                ["Thuê kho", "Phòng Hành chính", "30/6/2028", "", "da_huy"],
                ["Sửa cổng", "Phòng Hành chính", "30/6/2028", "", "Cancelled"],
            ]
        )
    )
    assert [(item.content, item.due) for item in items] == [
        ("Sửa mái kho", "31/3/2028"),
        ("Kiểm kê tài sản", "20/4/2028"),  # the extension's date, although earlier than the first
    ]


def test_a_cancelled_task_is_dropped_and_a_blank_extension_leaves_the_first_deadline():
    from engine.deadlines.parsing import parse_due

    items = _items(
        _table(
            [
                ["Mã", "Nội dung", "Đơn vị chủ trì", "Loại hạn", "Hạn xử lý", "Gia hạn đến", "Trạng thái"],
                [
                    "V1",
                    "Sửa mái nhà kho số 2",
                    "Tổ Hậu cần",
                    "Có thời hạn",
                    "2027-04-30",
                    "2027-06-15",
                    "Đang xử lý",
                ],
                ["V2", "Mua bàn ghế phòng họp", "Tổ Hậu cần", "Có thời hạn", "2027-05-20", "", "Đã hủy"],
                [
                    "V3",
                    "Kiểm kê tài sản cuối quý",
                    "Tổ Kế toán",
                    "Có thời hạn",
                    "2027-03-31",
                    "",
                    "Hoàn thành",
                ],
                ["V4", "Trực lễ tân tiếp khách", "Tổ Hành chính", "Thuong Xuyen", "", "", "Dang Xu Ly"],
                ["V5", "Thanh lý máy in hỏng", "Tổ Hậu cần", "Có thời hạn", "2027-08-01", "", "Da Huy"],
            ]
        )
    )
    assert [(item.ref, item.due) for item in items] == [
        ("V1", "2027-06-15"),  # the extension replaces the deadline first given
        ("V3", "2027-03-31"),  # no extension: the deadline first given (a completed task is one)
        ("V4", "Thuong Xuyen"),  # no date: the kind of deadline is the time
    ]
    assert parse_due(items[2].due, year=2027).recurrence == "ongoing"


def test_an_extension_refused_or_only_asked_for_leaves_the_first_deadline():
    items = _items(
        _table(
            [
                ["TT", "Công việc", "Bộ phận", "Hạn hoàn thành", "Gia hạn", "Ghi chú"],
                ["1", "Sơn lại hàng rào", "Tổ Bảo vệ", "12/3/2029", "Từ chối gia hạn", ""],
                ["2", "Thay đèn hội trường", "Tổ Điện", "20/3/2029", "Đang xin gia hạn tới 5/4/2029", ""],
                ["3", "Lát sân sau", "Tổ Xây dựng", "25/3/2029", "Không được phép gia hạn", ""],
                ["4", "Dọn kho lưu trữ", "Tổ Văn thư", "28/3/2029", "Đã gia hạn đến 15/4/2029", ""],
                [
                    "5",
                    "Vệ sinh bể nước",
                    "Tổ Bảo vệ",
                    "30/3/2029",
                    "Đề nghị lùi đến 10/4/2029, chờ duyệt",
                    "",
                ],
            ]
        )
    )
    assert [(item.content, item.due) for item in items] == [
        ("Sơn lại hàng rào", "12/3/2029"),
        ("Thay đèn hội trường", "20/3/2029"),
        ("Lát sân sau", "25/3/2029"),
        ("Dọn kho lưu trữ", "Đã gia hạn đến 15/4/2029"),  # granted: the new date
        ("Vệ sinh bể nước", "30/3/2029"),
    ]


def test_a_state_cell_granting_an_extension_gives_the_deadline_in_force():
    # an e-office export with no extension column: the state says the deadline was moved
    items = _items(
        _table(
            [
                ["STT", "Trích yếu", "Đơn vị xử lý", "Hạn xử lý", "Trạng thái"],
                [
                    "1",
                    "Báo cáo sơ kết học kỳ",
                    "Phòng Giáo dục Trung học",
                    "15/01/2029",
                    "Đã gia hạn đến 25/01/2029",
                ],
                ["2", "Rà soát đội ngũ", "Phòng Tổ chức cán bộ", "20/01/2029", "Xin gia hạn đến 30/01/2029"],
                ["3", "Kiểm tra thư viện", "Phòng Giáo dục Tiểu học", "22/01/2029", "Đang xử lý"],
            ]
        )
    )
    assert [(item.content, item.due) for item in items] == [
        ("Báo cáo sơ kết học kỳ", "25/01/2029"),
        ("Rà soát đội ngũ", "20/01/2029"),  # asked for only: the deadline stands
        ("Kiểm tra thư viện", "22/01/2029"),
    ]


def test_a_column_of_the_persons_who_do_the_work_leads_by_their_names():
    # `Đ/c …` cells under "Người thực hiện" are the doers, not supervising leaders: their names lead.
    items = _items(
        _table(
            [
                ["TT", "Nội dung", "Người thực hiện", "Thời hạn"],
                ["1", "Soạn thảo quy chế chi tiêu nội bộ", "Đ/c Ngô Bảo Châu", "Ngày 10/5/2029"],
                ["2", "Kiểm kê tài sản cuối quý", "đ/c Lý Văn Sơn; Đồng chí Tạ Thu Hà", "Ngày 30/6/2029"],
                ["3", "Dọn kho lưu trữ", "Cả bộ phận", "Ngày 15/6/2029"],
            ]
        )
    )
    assert [(i.lead, i.leader) for i in items] == [
        ("Ngô Bảo Châu", ""),
        ("Lý Văn Sơn; Tạ Thu Hà", ""),
        ("Cả bộ phận", ""),
    ]


def test_comrades_under_a_responsibility_column_stay_its_supervising_leaders():
    items = _items(
        _table(
            [
                ["TT", "Nội dung", "Phụ trách", "Thời hạn"],
                ["1", "Soạn thảo quy chế chi tiêu nội bộ", "Đ/c Ngô Bảo Châu", "Ngày 10/5/2029"],
                ["2", "Kiểm kê tài sản cuối quý", "Đ/c Lý Văn Sơn", "Ngày 30/6/2029"],
            ]
        )
    )
    assert [(i.lead, i.leader) for i in items] == [("", "Đ/c Ngô Bảo Châu"), ("", "Đ/c Lý Văn Sơn")]


def test_an_exports_kind_of_task_gives_the_round_and_a_withdrawn_task_is_none():
    # "Loại công việc" (`Định kỳ (hằng quý)`, `Thường xuyên`; `Có thời hạn` is no time) where the
    # deadline is empty; a state `Đã thu hồi` (the assignment withdrawn) drops the row.
    items = _items(
        _table(
            [
                ["STT", "Trích yếu", "Đơn vị xử lý chính", "Loại công việc", "Hạn xử lý", "Tình trạng"],
                [
                    "1",
                    "Báo cáo giải ngân vốn đầu tư công",
                    "Phòng Tài chính",
                    "Có thời hạn",
                    "10/04/2029",
                    "Đang xử lý",
                ],
                [
                    "2",
                    "Cập nhật số liệu thu ngân sách",
                    "Phòng Tổng hợp",
                    "Định kỳ (hằng quý)",
                    "",
                    "Đang xử lý",
                ],
                ["3", "Tiếp nhận hồ sơ một cửa", "Bộ phận Một cửa", "Thường xuyên", "", "Đang xử lý"],
                ["4", "Góp ý dự thảo đề án", "Phòng Tổng hợp", "Có thời hạn", "05/04/2029", "Đã thu hồi"],
            ]
        )
    )
    assert [(item.ref, item.due) for item in items] == [
        ("1", "10/04/2029"),
        ("2", "Định kỳ (hằng quý)"),
        ("3", "Thường xuyên"),
    ]


def test_a_short_note_printing_a_day_of_the_month_due_dates_the_row_and_other_notes_do_not():
    items = _items(
        _table(
            [
                HEADER,
                [
                    "1",
                    "Hội thi tay nghề công nhân",
                    "Công đoàn ngành",
                    "",
                    "Tháng 8/2026",
                    "Tổ chức ngày 14/8",
                ],
                ["2", "Hội nghị khách hàng", "Phòng Kinh doanh", "", "Tháng 8/2026", "Dự kiến 05/9"],
                [
                    "3",
                    "Sửa chữa nhà xưởng",
                    "Phòng Kỹ thuật",
                    "",
                    "Tháng 8/2026",
                    "Theo Công văn 12/8 của Tổng công ty về định mức vật tư",
                ],
                ["4", "Kiểm kê kho", "Phòng Vật tư", "", "15/8/2026", "Dự kiến ngày 10/8"],
                ["5", "Báo cáo sản lượng", "Phòng Kế hoạch", "", "Tháng 8/2026", "Số liệu đến 20/8"],
            ]
        )
    )
    assert [item.due for item in items] == [
        "14/08/2026",
        "Tháng 8/2026",
        "Tháng 8/2026",
        "15/8/2026",
        "Tháng 8/2026",
    ]


def test_a_report_regimes_sending_body_leads_and_the_receiver_does_not():
    items = _items(
        _table(
            [
                ["TT", "Tên báo cáo", "Đơn vị báo cáo", "Kỳ báo cáo", "Thời hạn gửi", "Nơi nhận báo cáo"],
                [
                    "1",
                    "Báo cáo tiến độ giải ngân",
                    "Phòng Tài chính - Kế hoạch",
                    "Quý",
                    "Ngày 20 tháng cuối quý",
                    "UBND huyện",
                ],
            ]
        )
    )
    assert [(item.lead, item.due) for item in items] == [
        ("Phòng Tài chính - Kế hoạch", "Ngày 20 tháng cuối quý")
    ]


def test_month_columns_holding_the_day_of_the_month_are_due_that_day():
    months = [f"Th{n}" for n in range(1, 13)]
    rows = [
        [
            ("TT", 2, 1),
            ("Nội dung", 2, 1),
            ("Đơn vị thực hiện", 2, 1),
            ("Thời gian thực hiện (ngày trong tháng)", 1, 12),
        ],
        months,
        ["1", "Khám sức khỏe định kỳ", "Trạm Y tế", "", "", "", "", "", "", "", "", "08", "", "", ""],
        ["2", "Tiêm phòng dại cho chó", "Tổ Thú y", "", "", "", "", "6-9", "", "", "", "", "", "", "20 - 30"],
        ["3", "Trực Tết", "Tổ Bảo vệ", "27-31", "1-5", "", "", "", "", "", "", "", "", "", ""],
        ["4", "Họp giao ban", "Văn phòng", *["10"] * 12],
        ["5", "Sửa cổng", "Tổ Bảo vệ", "", "", "x", "", "", "", "", "", "", "", "", ""],
    ]
    items = _items(_table(rows))
    assert [item.due for item in items] == [
        "ngày 8 tháng 9",
        "ngày 30 tháng 12",
        "ngày 5 tháng 2",
        "Hằng tháng",
        "Tháng 3",
    ]


def test_a_legend_under_the_table_makes_numbers_in_month_columns_days_beside_marks():
    rows = [
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Tháng 4", "Tháng 5", "Tháng 6", "Ghi chú"],
        ["1", "Kiểm kê kho vật tư", "Tổ Vật tư", "x", "18", "", "36 mã hàng"],
        ["2", "Sửa mái nhà xưởng", "Tổ Cơ điện", "", "x", "x", ""],
        ["3", "Tập huấn phòng cháy", "Tổ Hành chính", "9", "", "", ""],
        ["4", "Đối soát công nợ", "Tổ Kế toán", ("Hằng tháng", 1, 3), ""],
        ["5", "Đo điện trở tiếp địa", "Tổ Cơ điện", "", "Hằng tháng", "", ""],
    ]
    legend = Paragraph("Ghi chú: x - thực hiện trong tháng; số - ngày hoàn thành trong tháng.")
    items = _items(_table(rows), legend)
    assert [item.due for item in items] == [
        "ngày 18 tháng 5",
        "Tháng 6",
        "ngày 9 tháng 4",
        "Hằng tháng",  # a round merged over every month: recurring
        "Tháng 5",  # a round in one month only is no round of the row (a milestone's wording)
    ]
    # a table continued right under it (a page break) is read under the same legend
    items = _items(_table(rows[:2]), _table([rows[0], rows[3]]), legend)
    assert [item.due for item in items] == ["ngày 18 tháng 5", "ngày 9 tháng 4"]
    # without the legend (or with a count of days, `Số ngày thực hiện`) numbers stay counts
    no_days = Paragraph("Ghi chú: Số ngày thực hiện tính theo ngày làm việc.")
    for blocks in ([_table(rows)], [_table(rows), no_days]):
        assert [item.due for item in _items(*blocks)][:3] == ["Tháng 4", "Tháng 6", ""]


def test_a_date_column_printed_month_first_is_read_so_as_a_whole():
    from engine.importing.layouts.tables import day_first

    header = ["STT", "Nội dung", "Đơn vị thực hiện", "Hạn", "Ngày giao"]
    rows = [
        header,
        ["1", "Dọn kho", "Tổ Hậu cần", "3/4/2029", "3/1/2029"],
        ["2", "Sơn tường", "Tổ Hậu cần", "3/21/2029", "25/2/2029"],
        ["3", "Thay đèn", "Tổ Điện", "4/2/2029", ""],
    ]
    items = _items(_table(rows))
    # `3/21/2029` proves `Hạn` is month first: `3/4/2029` is 4 March; `Ngày giao` proves nothing
    # for it and stays day first (its `25/2/2029` proves day first).
    assert [item.due for item in items] == ["4/3/2029", "21/3/2029", "2/4/2029"]
    # a column with no proof either way stays as printed (day first, as Vietnamese type it)
    assert [item.due for item in _items(_table([header, *[[*r[:3], "3/4/2029", ""] for r in rows[1:]]]))] == [
        "3/4/2029"
    ] * 3
    assert day_first("12/31/2029 00:00:00") == "31/12/2029 00:00:00"
    assert day_first("Quý I") == "Quý I"


def test_a_line_alone_under_the_last_task_asking_every_unit_by_a_day_is_an_item():
    rows = [
        ["TT", "Thời hạn", "Công việc", "Bộ phận thực hiện"],
        ["1", "Trước 02/3", "Chuẩn bị hội trường", "Tổ Hành chính"],
        ["2", "Sáng 05/3", "Đón tiếp đại biểu", "Đoàn Thanh niên"],
        [("Các bộ phận gửi báo cáo kết quả về Văn phòng trước ngày 10/3/2029.", 1, 4)],
    ]
    items = _items(_table(rows))
    assert len(items) == 3 and items[-1].lead == "" and items[-1].due == "trước ngày 10/3/2029"
    # the same line over further tasks is no closing request, and a line with no day is none either
    heading = [("Các bộ phận trực thuộc", 1, 4)]
    assert len(_items(_table([*rows[:3], heading]))) == 2
    assert len(_items(_table([*rows[:2], rows[3], rows[2]]))) == 2


def test_a_lead_column_of_personal_names_gives_way_to_a_column_of_bodies():
    rows = [
        ["STT", "Nội dung", "Tổ thực hiện", "Đầu mối", "Hạn"],
        ["1", "Phát tờ rơi", "Tổ dân phố 2", "Trương Văn Kiên", "Tháng 3"],
        ["2", "Dọn vệ sinh", "Đoàn Thanh niên", "Ngô Thị Huệ", "Tháng 4"],
        ["3", "Lắp đèn", "Tổ dân phố 5", "Hà Minh Đức", "Tháng 5"],
    ]
    assert [item.lead for item in _items(_table(rows))] == ["Tổ dân phố 2", "Đoàn Thanh niên", "Tổ dân phố 5"]
    # names under the only lead column stay its leads
    alone = _items(_table([[r[0], r[1], r[3], r[4]] for r in rows]))
    assert alone[0].lead == "Trương Văn Kiên"


def test_a_last_row_numbered_as_the_next_group_heading_is_an_item_not_its_parent():
    """Groups merged across the table (`2. Văn hóa`) over rows numbered on across them (h13fixKF):
    the row `2` right above the group `2.` is an item; `2.1` under a row `2` is still its sub-item."""
    items = _items(
        _table(
            [
                HEADER,
                [("1. Kinh tế", 1, 6)],
                ["1", "Rà soát hộ kinh doanh", "Phòng Kinh tế", "", "Trước 20/5", ""],
                ["2", "Kiểm tra chợ tạm", "Đội Quản lý thị trường", "", "Trước 25/5", ""],
                [("2. Văn hóa", 1, 6)],
                ["3", "Tổ chức hội thi văn nghệ", "Phòng Văn hóa", "", "Trong tháng", ""],
            ]
        )
    )
    assert [(i.ref, i.lead) for i in items] == [
        ("1", "Phòng Kinh tế"),
        ("2", "Đội Quản lý thị trường"),
        ("3", "Phòng Văn hóa"),
    ]


def test_a_due_column_naming_its_unit_counts_its_bare_numbers_in_it():
    items = _items(
        _table(
            [
                ["TT", "Hoạt động", "Người thực hiện", "Thời gian (Tháng)"],
                ["1", "Dọn vệ sinh kênh mương", "Tổ dân phố 3", "4"],
                ["2", "Phun thuốc diệt muỗi", "Trạm Y tế", "5, 8"],
                ["3", "Sửa chữa nhà văn hóa", "Ban Quản lý nhà văn hóa", "9 - 10"],
                ["4", "Họp tổ dân phố", "Tổ trưởng", "Hằng tháng"],
                ["5", "Trồng cây xanh", "Đoàn Thanh niên", "15"],  # no month: as printed
            ]
        ),
        _table(
            [
                ["TT", "Hoạt động", "Người thực hiện", "Tiến độ (quý)"],
                ["1", "Kiểm kê kho", "Phòng Vật tư", "III, IV"],
                ["2", "Bảo dưỡng máy phát", "Tổ Cơ điện", "5"],  # no quarter: as printed
            ]
        ),
    )
    assert [item.due for item in items] == [
        "Tháng 4",
        "Tháng 5, 8",
        "Tháng 9 - 10",
        "Hằng tháng",
        "15",
        "Quý III, IV",
        "5",
    ]


def test_a_duration_in_months_is_no_month():
    (item,) = _items(
        _table(
            [
                ["TT", "Hoạt động", "Người thực hiện", "Thời gian (số tháng)"],
                ["1", "Xây dựng phần mềm", "Tổ Công nghệ", "6"],
            ]
        )
    )
    assert item.due == "6"


def test_a_table_with_no_time_column_takes_each_due_from_the_task_text():
    items = _items(
        _table(
            [
                ["Nội dung công việc", "Đơn vị thực hiện"],
                ["Lập phương án phân luồng giao thông, xong trước ngày 12/4/2029.", "Công an huyện"],
                ["Tuyên truyền cho người dân về lịch cấm đường hằng tuần.", "Đài Truyền thanh huyện"],
                ["Bố trí lực lượng trực chốt khi có yêu cầu.", "Ban Chỉ huy Quân sự huyện"],
                ["Tổng kết, rút kinh nghiệm.", "Văn phòng UBND huyện"],
            ]
        )
    )
    assert [item.due for item in items] == ["trước ngày 12/4/2029", "hằng tuần", "khi có yêu cầu", ""]


def test_a_date_a_page_break_cut_off_its_sentence_finishes_the_row_above():
    items = _items(
        _table(
            [
                ["Nội dung công việc", "Đơn vị thực hiện"],
                ["Khảo sát hiện trạng cầu treo, gửi kết quả về Sở trước ngày", "Phòng Kinh tế - Hạ tầng"],
            ]
        ),
        _table(
            [
                ["20/6/2029.", ""],
                ["Sửa chữa mặt cầu, hoàn thành trong tháng 8/2029.", "Ban Quản lý dự án huyện"],
            ]
        ),
    )
    assert [(item.content.split()[-1], item.due) for item in items] == [
        ("20/6/2029.", "trước ngày 20/6/2029"),
        ("8/2029.", "trong tháng 8/2029"),
    ]


def test_an_unnumbered_row_kept_for_work_that_may_arise_is_no_task():
    items = _items(
        _table(
            [
                HEADER,
                ["1", "Báo cáo công tác dân số", "Trạm Y tế", "", "Trước 20/6", ""],
                ["", "Những việc phát sinh đột xuất", "Các bộ phận", "", "Theo chỉ đạo", ""],
                ["", "Các nhiệm vụ khác phát sinh", "Văn phòng", "", "", ""],
                # dated, it is a task all the same
                ["", "Các nội dung phát sinh của quý III", "Văn phòng", "", "30/9/2029", ""],
                # a task about what arose is one (`cập nhật hộ nghèo phát sinh`)
                ["2", "Rà soát hộ nghèo phát sinh", "Công chức Lao động", "", "Quý IV", ""],
            ]
        )
    )
    assert [i.content for i in items] == [
        "Báo cáo công tác dân số",
        "Các nội dung phát sinh của quý III",
        "Rà soát hộ nghèo phát sinh",
    ]


def test_a_month_column_merged_down_frames_the_rows_own_time_beside_it():
    # `Tháng` over `3/2029`, `12/2029`, `01/2030` beside the row's own time: that time is the due, in
    # the frame's year; an empty cell or one with no day is the month's end.
    items = _items(
        _table(
            [
                ["Tháng", "Thời gian thực hiện", "Nội dung công việc", "Bộ phận thực hiện"],
                [("3/2029", 3, 1), "12/3", "Kiểm kê kho vật tư", "Tổ Kho vận"],
                ["Theo lịch của Công ty", "Diễn tập phòng cháy", "Tổ Bảo vệ"],
                ["", "Sơn lại biển báo", "Tổ Bảo vệ"],
                [("12/2029", 1, 1), "Tuần 2 - 3 (10/12 - 21/12)", "Bảo dưỡng máy phát", "Tổ Cơ điện"],
                [("01/2030", 2, 1), "Trước 08/01", "Quyết toán vật tư năm", "Tổ Kho vận"],
                ["Tháng 01 - 02", "Thay dây dẫn khu B", "Tổ Cơ điện"],
            ]
        )
    )
    assert [i.due for i in items] == [
        "12/3/2029",
        "3/2029",
        "3/2029",
        "Tuần 2 - 3 (10/12 - 21/12/2029)",
        "Trước 08/01/2030",
        "Tháng 01 - 02/2030",
    ]
    assert [i.lead for i in items][3] == "Tổ Cơ điện"  # "Thời gian thực hiện" names no lead


def test_a_deputy_heads_post_alone_in_the_lead_column_is_the_leader_not_a_lead():
    items = _items(
        _table(
            [
                ["TT", "Nội dung", "Người/bộ phận thực hiện", "Thời hạn"],
                ["1", "Rà soát hồ sơ bệnh án", "Phó Giám đốc phụ trách chuyên môn", "Quý I/2029"],
                ["2", "Kiểm tra kho dược", "Khoa Dược", "Quý II/2029"],
                ["3", "Duyệt dự toán mua sắm", "Phó Giám đốc", "Quý III/2029"],
                ["4", "Tập huấn kiểm soát nhiễm khuẩn", "Khoa Kiểm soát nhiễm khuẩn", "Quý IV/2029"],
                ["5", "Sơ kết công tác khám chữa bệnh", "Giám đốc Trung tâm", "Quý IV/2029"],
                ["6", "Cập nhật phần mềm bệnh án", "Phòng Kế hoạch tổng hợp", "Quý IV/2029"],
            ]
        )
    )
    assert [(i.lead, i.leader) for i in items] == [
        ("", "Phó Giám đốc phụ trách chuyên môn"),
        ("Khoa Dược", ""),
        ("", "Phó Giám đốc"),
        ("Khoa Kiểm soát nhiễm khuẩn", ""),
        ("Giám đốc Trung tâm", ""),  # the head, as printed (corpus h66 `Hiệu trưởng`)
        ("Phòng Kế hoạch tổng hợp", ""),
    ]


def test_under_a_month_or_quarter_group_only_a_day_inside_it_is_taken_from_the_task_text():
    # No time column, groups date the rows: a task's name that says the period its report covers
    # ("3 tháng cuối năm 2029", "trong quý II/2030") keeps its group's time; a day inside the
    # group is more exact.
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Ghi chú"]
    items = _items(
        _table(
            [
                header,
                [("THÁNG 10", 1, 4)],
                ["1", "Báo cáo 9 tháng đầu năm, nhiệm vụ 3 tháng cuối năm 2029", "Sở Y tế", ""],
                ["2", "Quy định phí tham quan bảo tàng, trình trước ngày 12/10/2029", "Sở Tài chính", ""],
                [("QUÝ I", 1, 4)],
                ["3", "Sơ kết công tác quý I, nhiệm vụ trong quý II/2030", "Sở Y tế", ""],
                ["4", "Đề án chợ đêm, hoàn thành trước ngày 20/02/2030", "Sở Công Thương", ""],
            ]
        )
    )
    assert [i.due for i in items] == ["THÁNG 10", "trước ngày 12/10/2029", "QUÝ I", "trước ngày 20/02/2030"]


def test_a_note_asking_the_lead_bodies_by_their_role_without_cac_after_a_remark_is_an_item():
    from engine.importing.layouts.tables import _footnote_request

    note = (
        "Ghi chú: Số liệu quý tính đến ngày cuối quý. Đơn vị chủ trì nhiệm vụ cập nhật tiến độ "
        "lên hệ thống trước ngày 05 hằng tháng."
    )
    found = _footnote_request(note, 12, ["Phòng Quản lý đô thị"])
    assert found is not None and found.due == "hằng tháng" and not found.lead
    # a remark about the lead bodies with no time asks nothing
    assert (
        _footnote_request("Ghi chú: Cơ quan chủ trì là đầu mối tổng hợp.", 12, ["Phòng Quản lý đô thị"])
        is None
    )


def test_a_notes_remark_explaining_a_column_is_no_part_of_the_request_after_it():
    # h13fixOA (the shape of h342): `Ghi chú: Cột "…" ghi …; các <kind> …` — the column's legend
    # belongs to the header; the item is the request from its clause on.
    from engine.importing.layouts.tables import _footnote_request

    leads = ["Tổ Thi công số 1", "Tổ Thi công số 2"]
    note = (
        "Ghi chú: Cột (7) ghi ngày nghiệm thu dự kiến sau khi gia hạn; các tổ thi công gửi nhật ký "
        "công trình về Ban chỉ huy trước ngày 03 hằng tháng."
    )
    found = _footnote_request(note, 20, leads)
    assert found is not None and found.due == "hằng tháng"
    assert found.content.startswith("các tổ thi công gửi nhật ký")
    # a remark about the figures, not a column, stays with the request: the note as printed
    figures = (
        "Ghi chú: Khối lượng tính đến ngày cuối tháng; các tổ thi công gửi nhật ký công trình về Ban "
        "chỉ huy trước ngày 03 hằng tháng."
    )
    assert _footnote_request(figures, 20, leads).content.startswith("Ghi chú: Khối lượng tính")


def test_a_notes_remark_opening_with_a_columns_label_is_that_columns_legend():
    # h13fixUE (the shape of h647): `Ghi chú: <a column's label> … . Các <kind> báo cáo …` — the
    # remark explains that column (its legend, as `Cột (7) ghi …`); the item is the request.
    from engine.importing.layouts.tables import _footnote_request

    leads = ["Xí nghiệp Cấp nước số 1", "Phòng Kỹ thuật"]
    labels = ["STT", "Hạng mục", "Khối lượng", "Thời điểm đưa vào vận hành", "Đơn vị thực hiện"]
    note = (
        "Lưu ý: Thời điểm đưa vào vận hành tính từ ngày có biên bản nghiệm thu. Các xí nghiệp gửi "
        "báo cáo tiến độ về Phòng Kỹ thuật trước ngày 25 hằng tháng."
    )
    found = _footnote_request(note, 30, leads, labels=labels)
    assert found is not None and found.due == "hằng tháng"
    assert found.content.startswith("Các xí nghiệp gửi báo cáo")
    # a remark naming no column (or a two-word label only, or a column further in) keeps the note
    # as printed
    for remark in (
        "Số liệu tính đến ngày cuối tháng",
        "Khối lượng tính theo hồ sơ thiết kế",
        "Các hạng mục có thời điểm đưa vào vận hành sau năm 2031 ghi rõ lý do",
    ):
        kept = _footnote_request(
            f"Lưu ý: {remark}. Các xí nghiệp gửi báo cáo tiến độ về Phòng Kỹ thuật trước ngày 25 hằng tháng.",
            30,
            leads,
            labels=labels,
        )
        assert kept is not None and kept.content.startswith("Lưu ý:"), remark


def test_a_line_under_the_table_giving_a_lead_unit_a_further_duty_after_a_lead_in_is_its_item():
    # h13fixOA (the shape of h338): `Ngoài danh sách trên, <a unit leading rows above> …` alone
    # under the table's last task, with an event for its time.
    from engine.importing.layouts.tables import _footnote_request

    leads = ["Phòng Kiểm tra nội bộ", "Ban Kiểm soát"]
    line = (
        "Ngoài kế hoạch nêu trên, Ban Kiểm soát kiểm tra đột xuất khi phát hiện sai sót trong hồ sơ vay vốn."
    )
    found = _footnote_request(line, 31, leads, closing=True)
    assert found is not None and found.lead == "Ban Kiểm soát"
    assert found.due.startswith("khi phát hiện sai sót")
    # a unit that leads no row, or no lead-in before the unit: no such item
    other = "Ngoài kế hoạch nêu trên, Văn phòng Công ty kiểm tra đột xuất khi phát hiện sai sót."
    assert _footnote_request(other, 31, leads, closing=True) is None
    assert (
        _footnote_request(
            "Ngoài kế hoạch nêu trên, các cuộc kiểm tra khác do Giám đốc quyết định.", 31, leads, closing=True
        )
        is None
    )
