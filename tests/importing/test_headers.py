"""The header classifier: header rows by score, two-row headers, numbering rows, the best role per column."""

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.headers import classify, is_form_responses, is_numbering_row, role_scores


def _table(rows) -> Table:
    """Rows of texts or (text, row_span, col_span) tuples."""
    return Table(grid_from_spans([[c if isinstance(c, tuple) else (c, 1, 1) for c in row] for row in rows]))


def test_a_two_row_time_header_makes_the_end_the_due():
    table = _table(
        [
            [("TT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị thực hiện", 1, 2), ("Thời gian", 1, 2)],
            ["Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "Sở Nội vụ", "01/2026", "06/2026"],
        ]
    )
    header = classify(table)
    assert header.rows == 2
    assert header.roles == {"ref": 0, "content": 1, "lead": 2, "coordinating": 3, "start": 4, "due": 5}
    assert header.labels[5] == "Thời gian / Kết thúc"


def test_a_two_row_header_from_a_reader_without_spans():
    # A text export leaves the cells a merge covered blank (corpus 08).
    table = Table(
        grid_from_spans(
            [
                [(t, 1, 1) for t in ("STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú")],
                [(t, 1, 1) for t in ("", "", "Đơn vị tính", "Số liệu", "")],
                [(t, 1, 1) for t in ("1.", "Số văn bản chỉ đạo", "Văn bản", "82", "")],
            ]
        ),
        spans_known=False,
    )
    header = classify(table)
    assert header.rows == 2
    assert header.roles == {"ref": 0, "content": 1, "measure": 2, "value": 3, "note": 4}
    assert header.indicator


def test_with_spans_known_a_blank_cell_above_a_header_is_no_group_heading():
    # Chromium's PDF of seed 000: a page's last rows (a month merged away) glued over the next
    # table's repeated header. Without spans the same blank could be a merge: a two-row header.
    rows = [
        ["", "Triển khai đoàn giám sát", "Văn phòng"],
        ["", "Tổ chức đoàn xúc tiến", "Văn phòng"],
        ["Thời gian", "Nội dung", "Chủ trì tham mưu"],
        ["Tháng 11", "Tổ chức hội thảo", "Văn phòng"],
    ]
    header = classify(_table(rows))
    assert (header.top, header.rows) == (2, 3)
    assert header.labels == ["Thời gian", "Nội dung", "Chủ trì tham mưu"]
    without_spans = Table(_table(rows).rows, spans_known=False)
    assert (classify(without_spans).top, classify(without_spans).rows) == (1, 3)


def test_a_row_of_column_numbers_under_the_header_is_skipped():
    numbered = _table(
        [
            [
                "TT",
                "Tên nhiệm vụ",
                "Sở, ngành chủ trì tham mưu",
                "Đơn vị phối hợp thực hiện",
                "Thời gian thực hiện",
            ],
            ["", "(1)", "(2)", "(3)", "(4)"],
            ["1", "Tổ chức quán triệt", "Sở Nông nghiệp và Môi trường", "Các sở", "Quý II/2026"],
        ]
    )
    assert classify(numbered).rows == 2
    lettered = _table(
        [
            ["STT", "Tên thông tin thống kê", "Thời gian phổ biến", "Đơn vị chịu trách nhiệm phổ biến"],
            ["A", "B", "1", "2"],
            ["1", "Số đơn vị hành chính", "Tháng 6/2026", "Vụ Chính quyền địa phương"],
        ]
    )
    header = classify(lettered)
    assert (header.rows, header.roles["lead"], header.roles["due"]) == (2, 3, 2)
    assert not is_numbering_row(["1", "Số đơn vị hành chính", "Tháng 6/2026", "Vụ Chính quyền"])


def test_each_column_gets_its_best_role_not_the_first_keyword():
    # "Lãnh đạo phụ trách" names the leader though "phụ trách" also names a lead; order does not matter.
    for header_row in (
        ["STT", "Lãnh đạo phụ trách", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
        ["STT", "Đơn vị chủ trì", "Thời hạn", "Nội dung", "Lãnh đạo phụ trách"],
    ):
        roles = classify(_table([header_row, ["1", "a", "b", "c", "d"]])).roles
        assert header_row[roles["leader"]] == "Lãnh đạo phụ trách"
        assert header_row[roles["lead"]] == "Đơn vị chủ trì"
        assert header_row[roles["content"]] == "Nội dung"


def test_a_monitoring_unit_is_not_a_coordinating_unit_and_an_inspected_unit_not_a_lead():
    roles = classify(
        _table(
            [
                ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện",
                 "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc"],
                ["1", "a", "b", "c", "d", "e", "f"],
            ]
        )
    ).roles  # fmt: skip
    assert roles == {
        "ref": 0, "content": 1, "result": 2, "due": 3, "lead": 4, "coordinating": 5, "monitoring": 6,
    }  # fmt: skip
    inspected = classify(
        _table([["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], ["1", "Sở Y tế", "Tháng 8"]])
    )
    assert "lead" not in inspected.roles
    assert inspected.roles["inspected"] == inspected.roles["content"] == 1


def test_chi_tieu_is_the_content_of_an_indicator_table_and_a_bare_don_vi_its_measure():
    header = classify(
        _table([["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Ghi chú"], ["1", "Tỷ lệ", "%", "95", ""]])
    )
    assert header.roles == {"ref": 0, "content": 1, "measure": 2, "value": 3, "note": 4}
    assert header.indicator
    # Beside a content column, "Chỉ tiêu năm 2026" is the target and "Đơn vị chủ trì" the lead.
    header = classify(
        _table(
            [["TT", "Nội dung", "Chỉ tiêu năm 2026", "Đơn vị chủ trì"], ["1", "Trồng rừng", "500 ha", "Sở"]]
        )
    )
    assert header.roles == {"ref": 0, "content": 1, "target": 2, "lead": 3}
    assert not header.indicator
    assert "measure" not in role_scores("Đơn vị chủ trì")


def test_a_table_that_names_no_task_columns_has_no_header():
    assert classify(_table([["TT", "Họ tên", "Điểm"], ["1", "An", "9"]])) is None
    assert classify(_table([["Nơi nhận: - Bộ Nội vụ", "KT. CHỦ TỊCH"]])) is None


def test_the_header_may_sit_under_a_title_row():
    table = _table(
        [
            [("BIỂU 1. KẾT QUẢ", 1, 3)],
            ["Nội dung", "Chủ trì", "Thời gian"],
            ["Rà soát", "Sở Tư pháp", "Quý I"],
        ]
    )
    assert classify(table).rows == 2


def test_blank_rows_under_a_spreadsheet_title_do_not_count_among_the_first_rows():
    # Corpus g03 (.xlsx): the header is the fourth row, under a title, a merged heading and a blank row.
    table = _table(
        [
            ["SỞ NÔNG NGHIỆP", "", "", "", "", ""],
            [("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", 1, 6)],
            ["", "", "", "", "", ""],
            [("STT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị thực hiện", 1, 2), ("Thời gian", 1, 2)],
            ["Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "Sở Nội vụ", "01/2026", "06/2026"],
        ]
    )
    header = classify(table)
    assert (header.top, header.rows) == (3, 5)
    assert header.roles == {"ref": 0, "content": 1, "lead": 2, "coordinating": 3, "start": 4, "due": 5}


def test_english_column_names_of_a_record_export():
    table = _table(
        [
            ["policy_id", "category", "title", "deadline", "tracking_status", "bureau_leader", "department"],
            ["P-1", "Thông tư", "Thông tư sửa đổi", "08/2026", "Chưa ban hành", "Hoàng Hải", "Phòng Nợ"],
        ]
    )
    header = classify(table)
    assert header.roles == {"ref": 0, "content": 2, "due": 3, "leader": 5, "lead": 6}


def test_english_names_in_snake_and_camel_case():
    assert role_scores("dueDate")["due"] >= 0.9 and role_scores("due_date")["due"] >= 0.9
    assert role_scores("Task")["content"] == 1.0 and role_scores("task_id") == {"ref": 1.0}
    assert max(role_scores("owner.department"), key=role_scores("owner.department").get) == "lead"
    assert max(role_scores("Supporting units"), key=role_scores("Supporting units").get) == "coordinating"
    assert role_scores("Supervisor")["leader"] == 0.95 and not role_scores("Supervisor").get("lead")
    assert role_scores("Remarks") == {"note": 1.0}
    assert role_scores("Responsible unit")["lead"] == 0.9
    assert role_scores("status") == {"status": 0.9}  # read for a cancelled record only, no task column


def test_the_header_may_sit_under_several_metadata_lines_of_an_export():
    # An e-office export: a title and "label: value" lines over the header, its own column names.
    table = _table(
        [
            ["DANH SÁCH VĂN BẢN ĐẾN CẦN XỬ LÝ", "", "", "", ""],
            ["Cơ quan: Sở Công Thương", "", "", "", ""],
            ["Người lập: Phạm Văn Tư", "", "Kỳ báo cáo: tháng 10", "", ""],
            ["Trạng thái: tất cả", "", "", "", ""],
            ["Sắp xếp: theo hạn", "", "", "", ""],
            ["", "", "", "", ""],
            ["TT", "Trích yếu", "Đơn vị chủ trì xử lý", "Người theo dõi", "Hạn giải quyết"],
            ["1", "Trả lời kiến nghị cử tri về chợ đầu mối", "Phòng Thương mại", "Lê Hòa", "30-10-2026"],
        ]
    )
    header = classify(table)
    assert (header.top, header.rows) == (6, 7)
    assert (header.roles["content"], header.roles["lead"], header.roles["due"]) == (1, 2, 4)


def test_a_filter_line_of_several_labelled_fields_is_metadata_and_no_header():
    # An export's filter line names a unit, a task kind and dates (`Phòng: …`, `Nội dung: …`,
    # `Hạn từ: …`) — words a header scores — but each cell is a `label: value` field: no header.
    table = _table(
        [
            ["SỔ THEO DÕI CÔNG VIỆC - TRUNG TÂM Y TẾ", "", "", "", "", ""],
            ["Phòng: Kế hoạch", "Nội dung: việc giao", "Hạn từ: 01.09.2026", "Hạn đến: 30.09", "", ""],
            ["Người in: kt.ttyt", "", "", "", "", ""],
            ["Kết xuất lúc: 02.10.2026 16:05", "", "", "", "", ""],
            ["STT", "Công việc", "Khoa, phòng thực hiện", "Người nhắc", "Hạn", "Kết quả"],
            ["1", "Tiêm vắc xin sởi đợt bổ sung", "Khoa Kiểm soát bệnh tật", "Lý Hoa", "20.09.2026", ""],
        ]
    )
    header = classify(table)
    assert (header.top, header.rows) == (4, 5)
    assert (header.roles["content"], header.roles["lead"], header.roles["due"]) == (1, 2, 4)


def test_a_header_whose_cells_only_hold_colons_is_still_a_header():
    # A label with a colon and nothing after it (`Nội dung:`) is a header cell, no filled field.
    table = _table(
        [
            ["TT:", "Nội dung:", "Chủ trì:", "Thời hạn:"],
            ["1", "Rà soát hồ sơ đất đai", "Phòng Tài nguyên", "Quý III"],
        ]
    )
    assert classify(table).top == 0


def test_a_header_is_not_looked_for_under_rows_of_data():
    # Four rows of three cells are data, not metadata: no header is looked for below them.
    rows = [["a", "b", "c"]] * 4 + [["Nội dung", "Chủ trì", "Thời hạn"], ["Rà soát", "Sở Tư pháp", "Quý I"]]
    assert classify(_table(rows)) is None


def test_a_second_header_row_that_names_nothing_better_is_still_no_data():
    # "Thời hạn trình" over "Lãnh đạo Sở | UBND tỉnh": the one-row header wins, the row under it is
    # the header's too, and both deadline columns are due columns.
    table = _table(
        [
            [("TT", 2, 1), ("Nội dung", 2, 1), ("Đơn vị chủ trì", 2, 1), ("Lãnh đạo phụ trách", 2, 1),
             ("Thời hạn trình", 1, 2)],
            ["Lãnh đạo Sở", "UBND tỉnh"],
            ["1", "Đề án chợ", "Phòng Thương mại", "Phó Giám đốc Hà", "Tháng 5", "Tháng 7"],
        ]
    )  # fmt: skip
    header = classify(table)
    assert header.rows == 2
    assert header.due_columns == [4, 5]


def test_start_and_end_are_not_two_deadlines():
    table = _table(
        [
            [("Nội dung", 2, 1), ("Chủ trì", 2, 1), ("Thời gian", 1, 2)],
            ["Bắt đầu", "Kết thúc"],
            ["Rà soát", "Sở Tư pháp", "01/2026", "06/2026"],
        ]
    )
    assert classify(table).due_columns == [3]


def test_a_revised_deadline_outranks_the_one_first_given_and_the_assigning_document_is_context():
    table = _table(
        [
            [
                "STT",
                "Văn bản chỉ đạo",
                "Nội dung công việc",
                "Đơn vị chủ trì",
                "Thời hạn ban đầu",
                "Thời hạn mới",
            ],
            [
                "1",
                "TB 12/TB-UBND ngày 3.2.2026",
                "Sửa chữa trụ sở",
                "Phòng Kinh tế",
                "31.3.2026",
                "15.3.2026",
            ],
        ]
    )
    header = classify(table)
    assert header.roles["content"] == 2 and header.roles["context"] == 1
    assert header.roles["due"] == 5 and header.revised_due
    # the new date first (tables._latest_due takes it where printed, even earlier than the first
    # one); a row printing none keeps the deadline first given
    assert header.due_columns == [5, 4]


def test_revised_deadline_labels():
    for label in ("Đề nghị hoàn thành", "Yêu cầu hoàn thành trước", "Hạn điều chỉnh", "Gia hạn đến"):
        assert role_scores(label).get("due") == 0.97, label
    assert role_scores("Thời hạn đã giao") == {"due": 0.95}
    assert role_scores("Tên văn bản")["content"] == 0.85  # a document to draft is the task


def test_an_assignment_slips_recipient_names_the_lead_with_or_without_diacritics():
    for label in ("Đơn vị nhận", "Don_vi_nhan", "Đơn vị được giao", "DonViDuocGiao", "Cơ quan tiếp nhận"):
        assert role_scores(label).get("lead", 0) >= 0.8, label
    header_row = ["So_phieu", "Ngay_ky", "Phong_nhan", "Trich_yeu", "Thoi_han", "Lanh_dao_giao"]
    row = ["1", "2027-01-04", "Phòng A", "Việc b", "2027-02-01", "Ông C"]
    roles = classify(_table([header_row, row])).roles
    assert (roles["lead"], roles["content"], roles["due"], roles["leader"]) == (2, 3, 4, 5)
    assert 1 not in roles.values()  # the signing date is no due


def test_a_person_column_beside_the_unit_column_holds_the_leader():
    # "Người chịu trách nhiệm" names a person; "Bộ phận thực hiện" beside it is the lead (sibling z05).
    table = _table(
        [
            ["STT", "Thời gian", "Nội dung hoạt động", "Người chịu trách nhiệm", "Bộ phận thực hiện"],
            ["1", "Trước 10/4", "Lập danh sách", "Cô Lê Thị An - Phó Hiệu trưởng", "Tổ Chủ nhiệm"],
        ]
    )
    assert classify(table).roles == {"ref": 0, "due": 1, "content": 2, "leader": 3, "lead": 4}


def test_a_count_of_tasks_per_unit_is_no_content_column():
    # A summary sheet counts the tasks each unit leads: its rows name units but hold no task.
    for label in ("Số nhiệm vụ", "Số lượng công việc", "Tổng số hoạt động"):
        assert "content" not in role_scores(label)
    summary = _table(
        [
            ["TT", "Đơn vị chủ trì", "Số công việc", "Trong đó: ưu tiên"],
            ["1", "Phòng Tài chính - Kế hoạch", "4", "1"],
            ["2", "Văn phòng", "3", "0"],
        ]
    )
    assert classify(summary) is None
    assert role_scores("Nội dung nhiệm vụ")["content"] >= 0.85


def test_a_header_opening_noi_dung_is_the_content_whatever_it_says_of_what():
    # "Nội dung phối hợp" is the content of a joint programme, not its partners (sibling ja1).
    table = _table(
        [
            ["TT", "Nội dung công tác phối hợp", "Bên chủ trì", "Bên phối hợp", "Thời gian"],
            ["1", "Tập huấn nghiệp vụ", "Sở Công Thương", "Hội Nông dân tỉnh", "Quý II/2026"],
        ]
    )
    assert classify(table).roles == {"ref": 0, "content": 1, "lead": 2, "coordinating": 3, "due": 4}
    assert role_scores("Nội dung giám sát") == {"content": 0.97}


def test_an_inspection_programmes_helping_body_leads_and_its_team_head_and_object_do_not():
    # A Party inspection programme (sibling ja2): the inspected cell, the head of the team (a
    # person) and the body that helps the committee do the work, which leads.
    table = _table(
        [
            ["STT", "Đối tượng", "Nội dung giám sát", "Trưởng đoàn", "Bộ phận giúp việc", "Thời gian"],
            ["1", "Chi bộ Khối Mầm non", "Giám sát thu chi", "Đ/c Vũ An, Phó Bí thư", "Văn phòng", "Tháng 5"],
        ]
    )
    roles = classify(table).roles
    assert roles == {"ref": 0, "inspected": 1, "content": 2, "leader": 3, "lead": 4, "due": 5}


def test_a_form_response_sheets_timestamp_is_context_and_the_unit_it_asks_for_leads():
    # A form's response sheet: the submission time is never the due; "Tên đơn vị" names the lead.
    table = _table(
        [
            [
                "Dấu thời gian",
                "Địa chỉ email",
                "Tên đơn vị",
                "Công việc đăng ký",
                "Thời gian hoàn thành dự kiến",
            ],
            [
                "02/3/2026 9:10:11",
                "a@b.vn",
                "Phòng Nội vụ",
                "Rà soát biên chế các đơn vị sự nghiệp",
                "Hằng quý",
            ],
        ]
    )
    header = classify(table)
    assert header.roles == {"context": 0, "lead": 2, "content": 3, "due": 4}
    assert header.due_columns == [4]
    assert is_form_responses(header)
    for label in ("Timestamp", "Thời gian gửi", "Ngày nộp"):
        assert role_scores(label) == {"context": 0.97}
    for label in ("Tên cơ quan, đơn vị", "Đơn vị đăng ký", "Tên phòng ban"):
        assert role_scores(label)["lead"] == 0.8
    assert not is_form_responses(
        classify(_table([["Nội dung", "Thời gian", "Chủ trì"], ["Họp", "Quý I", "Sở A"]]))
    )


def test_a_frequency_column_is_named_beside_the_deadline():
    rows = [
        ["STT", "Hạng mục", "Tần suất", "Bộ phận thực hiện", "Thời hạn hoàn thành"],
        ["1", "Súc rửa bồn chứa nước", "Hằng quý", "Tổ Vận hành", ""],
    ]
    header = classify(_table(rows))
    assert (header.roles["frequency"], header.roles["due"], header.roles["lead"]) == (2, 4, 3)
    assert role_scores("Chu kỳ bảo dưỡng") == {"frequency": 0.9}


def test_a_board_export_names_the_card_the_task_its_label_the_lead_and_its_description_a_note():
    table = _table(
        [
            ["Card ID", "Card Name", "Description", "Labels", "Members", "Due Date", "Archived"],
            ["c1", "Họp dân", "Tại nhà văn hóa", "Tổ dân vận (red)", "An", "2026-05-01T09:00Z", "false"],
        ]
    )
    header = classify(table)
    assert header.roles == {"ref": 0, "content": 1, "note": 2, "lead": 3, "due": 5, "archived": 6}
    # Alone, a description is the task.
    assert role_scores("Description")["content"] == 0.9


def test_a_frequency_column_stands_beside_the_deadline_in_either_language():
    table = _table(
        [["Nội dung", "Chủ trì", "Hạn hoàn thành", "Tần suất"], ["Báo cáo", "Văn phòng", "", "Hằng quý"]]
    )
    header = classify(table)
    assert (header.roles["due"], header.roles["frequency"]) == (2, 3)
    assert role_scores("Frequency") == role_scores("tan_suat") == {"frequency": 0.9}


def test_a_record_exports_field_path_is_named_by_its_own_field_first():
    assert role_scores("thoi_han.han_xu_ly") == {"due": 0.9}
    assert role_scores("thoi_han.gia_han.han_moi") == {"due": 0.97}  # a revised deadline
    assert role_scores("thoi_han.lap_lai.chu_ky") == {"frequency": 0.9}
    assert role_scores("schedule.repeat.note") == {"note": 1.0}
    # a day of its own inside a deadline object: when it was given or approved, never the due
    assert role_scores("thoi_han.ngay_giao") == {"context": 0.9}
    assert role_scores("deadline.approved_at") == {"context": 0.9}
    # a code field names nothing of its own: its object's role (the unit that leads, by code)
    assert role_scores("xu_ly.chu_tri.ma_don_vi").get("lead", 0) >= 0.8
    # a printed label with dots is no path
    assert role_scores("Thời hạn (dd.mm.yyyy)").get("due", 0) >= 0.9


def test_a_state_column_is_read_but_names_no_task_table_by_itself():
    assert role_scores("Trạng thái")["status"] == 0.9 and role_scores("tinh_trang")["status"] == 0.9
    assert classify(_table([["Nội dung", "Trạng thái"], ["Việc a", "Mới"]])) is None
    header = classify(
        _table(
            [["Nội dung", "Đơn vị chủ trì", "Hạn xử lý", "Trạng thái"], ["Việc a", "Phòng B", "1/3", "Mới"]]
        )
    )
    assert header.roles["status"] == 3


def test_a_state_column_and_a_kind_of_deadline_are_named_in_an_exports_words():
    # A task system's export: camel-case names, a state, a kind of deadline beside the date.
    header_row = ["maNhiemVu", "noiDung", "donViChuTri", "loaiThoiHan", "hanXuLy", "giaHanDen", "trangThai"]
    row = ["A-1", "Việc a", "Phòng B", "Co Thoi Han", "2027-04-01", "", "Dang Xu Ly"]
    header = classify(_table([header_row, row]))
    assert header.roles["status"] == 6 and header.roles["due"] == 5 and header.revised_due
    assert header.due_columns == [5, 3, 4]  # the extension first, then the kind and the date first given
    for label in ("Trạng thái", "Tình trạng xử lý", "Status"):
        assert role_scores(label).get("status") == 0.9, label
    assert role_scores("Loại hạn") == {"due": 0.8} and role_scores("Kiểu hạn") == {"due": 0.8}


def test_a_kind_of_task_column_is_a_frequency_not_the_task():
    for label in ("Loại công việc", "Loại nhiệm vụ", "Tính chất công việc"):
        assert max(role_scores(label), key=role_scores(label).get) == "frequency", label


def test_a_roadmap_column_is_the_due_not_a_unit_doing_the_work():
    header = classify(
        _table(
            [
                ["TT", "Tên chỉ tiêu", "ĐVT", "Kế hoạch", "Bộ phận theo dõi", "Lộ trình thực hiện"],
                ["1", "Tỷ lệ thu gom rác", "%", "90", "Tổ Môi trường", "Quý II/2029"],
            ]
        )
    )
    assert header.roles["due"] == 5 and header.roles.get("lead") != 5
    assert role_scores("Lộ trình")["due"] >= 0.9


def test_a_time_label_naming_the_work_done_is_no_lead():
    # "Thời gian thực hiện" ends as "Bộ phận thực hiện" does: it names when, not who.
    assert "lead" not in role_scores("Thời gian thực hiện")
    assert "lead" not in role_scores("Thời hạn hoàn thành")
    header = classify(
        _table(
            [
                ["Tháng", "Thời gian thực hiện", "Nội dung", "Người/bộ phận thực hiện"],
                ["5/2029", "12/5", "Kiểm kê kho", "Tổ Kho vận"],
            ]
        )
    )
    assert header.roles["lead"] == 3 and header.due_columns == [0, 1]


def test_the_week_a_task_is_done_in_is_its_due():
    """`Tuần hoàn thành` (`Tuần 6 - 7`, weeks a plan counts from a dated week 1): the due, not a
    lead for its `hoàn thành`."""
    table = _table(
        [
            ["STT", "Hoạt động", "Bộ phận phụ trách", "Tuần hoàn thành"],
            ["1", "Kiểm kê kho sách giáo khoa", "Tổ Thư viện", "Tuần 6 - 7"],
        ]
    )
    assert classify(table).roles == {"ref": 0, "content": 1, "lead": 2, "due": 3}


def test_a_milestone_column_is_the_due():
    """h13fixUE (the shape of h647): `Mốc hoàn thành` beside a quantity and its unit is when the row
    is to be done; a survey's `Mốc giới` (a boundary marker) or `Mốc cao độ` is a thing counted."""
    table = _table(
        [
            ["STT", "Hạng mục", "Đơn vị tính", "Khối lượng", "Cột mốc", "Đội phụ trách"],
            ["1", "Đổ bê tông móng trạm bơm số 2", "m3", "420", "Quý II/2031", "Đội Thi công số 3"],
        ]
    )
    header = classify(table)
    assert header.roles["due"] == 4 and header.roles["lead"] == 5
    assert role_scores("Mốc hoàn thành")["due"] >= 0.85
    assert role_scores("Mốc tiến độ")["due"] >= 0.85
    assert "due" not in role_scores("Mốc giới")
    assert "due" not in role_scores("Mốc cao độ")
