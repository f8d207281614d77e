"""Shapes taught by h13fixD (held-out h46, h48, h49), each on other text: a remedy column as the
content beside a shortcoming kept as context, a content column found by its long texts, OCR's
glued words, a closing dated duty of a named unit, a table drawn with spaces (pdftotext -layout)
and a spreadsheet whose periods are shaded cells; and (h13fixJB, held-out h132) a table drawn with
rules in text, box-drawing characters or an ASCII grid, its cells wrapped inside their row bands."""

import io

from engine.importing.blocks import Table
from engine.importing.headers import classify, role_scores
from engine.importing.ocr_grid import split_glued_word
from engine.importing.read_fixed_width import find_ruled_tables, find_tables, header_columns
from engine.importing.readers import read_document
from engine.importing.recognisers import closing_requests
from engine.importing.recognition import Context

from .helpers_blocks import document_of
from .helpers_blocks import table_items as _items
from .helpers_blocks import table_of as _table


# ------------------------------------------------------------------------- remedies and context
def test_a_remedy_column_is_the_content_and_the_shortcoming_its_context():
    table = _table(
        [
            ["TT", "Hạn chế, khuyết điểm", "Nguyên nhân", "Giải pháp thực hiện", "Tổ phụ trách", "Thời hạn"],
            [
                "1",
                "Chậm trả hồ sơ",
                "Thiếu người",
                "Bố trí thêm cán bộ tiếp nhận hồ sơ",
                "Tổ Một cửa",
                "30/6/2027",
            ],
        ]
    )
    header = classify(table)
    assert header is not None
    assert header.roles["content"] == 3 and header.roles["lead"] == 4 and header.roles["due"] == 5
    assert header.roles.get("context") in (1, 2)
    (item,) = _items(table)
    assert item.content == "Bố trí thêm cán bộ tiếp nhận hồ sơ" and item.lead == "Tổ Một cửa"
    assert "Chậm trả hồ sơ" in item.note or "Thiếu người" in item.note
    assert "Chậm trả" not in item.content
    assert "context" in role_scores("Tồn tại, hạn chế") and "content" in role_scores("Biện pháp khắc phục")
    assert "content" in role_scores("Nội dung khắc phục")


def test_a_unit_column_named_by_a_kind_of_unit_leads_also_as_ocr_misreads_it():
    for label in ("Bộ phận thực hiện", "Bô phận thực hiện", "Phòng phụ trách", "Khoa chủ trì"):
        assert role_scores(label).get("lead", 0) >= 0.8, label
    assert role_scores("Người thực hiện").get("lead", 0) < 0.8  # a person, not a unit


def test_where_no_column_is_named_the_content_the_column_of_long_texts_is():
    table = _table(
        [
            ["Số", "Diễn giải", "Mã", "Đơn vị chủ trì", "Thời hạn"],
            ["1", "Xây dựng quy chế phối hợp quản lý cụm công nghiệp", "A1", "Phòng Kinh tế", "30/5/2027"],
            [
                "2",
                "Rà soát hiện trạng sử dụng đất các cụm công nghiệp",
                "A2",
                "Phòng Tài nguyên",
                "30/6/2027",
            ],
        ]
    )
    header = classify(table)
    assert header is not None and header.roles["content"] == 1
    assert [item.content[:8] for item in _items(table)] == ["Xây dựng", "Rà soát "]


def test_a_title_line_over_a_header_is_no_header_of_long_texts():
    table = _table(
        [
            ["BẢNG THEO DÕI CÁC VIỆC ĐƯỢC GIAO NĂM 2027", "", "", ""],
            ["Mã việc", "Tên công việc", "Đơn vị chủ trì", "Hạn xử lý"],
            ["V-01", "Lập danh mục hồ sơ năm 2027 của cơ quan", "Văn phòng", "31/3/2027"],
        ]
    )
    header = classify(table)
    assert header is not None and header.top == 1 and header.roles["lead"] == 2


# --------------------------------------------------------------------------------- OCR words
def test_glued_ocr_words_are_split_where_two_syllables_or_an_abbreviation_meet():
    assert split_glued_word("UBNDtỉnh") == ["UBND", "tỉnh"]
    assert split_glued_word("trườnghọc") == ["trường", "học"]
    assert split_glued_word("Thànhphố") == ["Thành", "phố"]
    assert split_glued_word("nghiệpvụ") == ["nghiệp", "vụ"]
    for whole in ("nghiêng", "quyết", "giữa", "khuyến", "online", "Zalo", "UBND", "2026", "Đắk"):
        assert split_glued_word(whole) == [whole]


# ----------------------------------------------------------------------------- closing duties
def test_a_closing_dated_duty_of_a_named_unit_after_the_last_table_is_an_item_it_leads():
    document = document_of(
        "TT\tNội dung\tĐơn vị chủ trì\tThời hạn\n"
        "1\tKiểm kê tài sản cố định\tPhòng Kế toán\t31/12/2027\n"
        "Phòng Tổ chức - Nghiệp vụ tổng hợp kết quả, báo cáo Giám đốc trước ngày 15/01/2028.\n"
        "Các bộ phận căn cứ Kế hoạch này chủ động triển khai."
    )
    (item,) = closing_requests(document, set())
    assert item.lead == "Phòng Tổ chức - Nghiệp vụ" and "15/01/2028" in item.due
    assert "guessed_lead" in item.reasons


# ---------------------------------------------------------------------- tables drawn with spaces
_SPACED = """\
  KẾ HOẠCH TẬP HUẤN

  Số   Nội dung công việc                  Đơn vị chủ trì       Thời hạn

  1    Khảo sát nhu cầu tập huấn của các   Phòng Nội vụ         Trước
       xã, phường                                               15/4/2027

  2    Biên soạn tài liệu tập huấn kỹ      Trung tâm Chính      30/4/2027
       năng số cho cán bộ                  trị

                                                          1
\f  Số   Nội dung công việc                  Đơn vị chủ trì       Thời hạn

  3    Tổ chức 04 lớp tập huấn tại các     Phòng Nội vụ         Quý II/2027
       cụm xã

  Các cơ quan, đơn vị bố trí người tham dự đầy đủ, đúng thành phần theo quy định.
"""


def test_a_header_drawn_with_spaces_names_its_columns_by_where_its_texts_start():
    line = _SPACED.splitlines()[2]
    assert header_columns(line) == [2, 7, 43, 64]
    assert header_columns("  Họ và tên          Ngày sinh        Quê quán") is None


def test_a_table_drawn_with_spaces_joins_wrapped_cells_and_drops_the_page_break():
    ((_first, _last, rows, _starts),) = find_tables(_SPACED.splitlines())
    assert rows[1:] == [
        ["1", "Khảo sát nhu cầu tập huấn của các xã, phường", "Phòng Nội vụ", "Trước 15/4/2027"],
        ["2", "Biên soạn tài liệu tập huấn kỹ năng số cho cán bộ", "Trung tâm Chính trị", "30/4/2027"],
        ["3", "Tổ chức 04 lớp tập huấn tại các cụm xã", "Phòng Nội vụ", "Quý II/2027"],
    ]


def test_a_text_file_with_a_table_drawn_with_spaces_imports_its_rows():
    document = read_document(_SPACED.encode(), "ke_hoach.txt")
    items = _items(*document.blocks)
    assert [(item.lead, item.due) for item in items] == [
        ("Phòng Nội vụ", "Trước 15/4/2027"),
        ("Trung tâm Chính trị", "30/4/2027"),
        ("Phòng Nội vụ", "Quý II/2027"),
    ]
    assert not any("bố trí người tham dự" in item.content for item in items)  # the paragraph ends it


# --------------------------------------------------------------------------- tables drawn with rules
_BOXED = """\
KẾ HOẠCH TRỒNG RỪNG NĂM 2028

┌────┬──────────────────────────┬─────────────────┬─────────────┐
│ TT │ Nội dung                 │ Đơn vị thực     │ Thời hạn    │
│    │                          │ hiện            │             │
╞════╪══════════════════════════╪═════════════════╪═════════════╡
│ A. VÙNG ĐỒI NÚI PHÍA TÂY                                       │
├────┬──────────────────────────┬─────────────────┬─────────────┤
│ 1  │ Ươm 200.000 cây giống    │ Ban Quản lý     │ 31/3/2028   │
│    │ keo lai                  │ rừng phòng hộ   │             │
├────┼──────────────────────────┤                 ├─────────────┤
│ 2  │ Trồng mới 80 ha rừng     │                 │ Quý III/2028│
│    │ sản xuất                 │                 │             │
└────┴──────────────────────────┴─────────────────┴─────────────┘

Ghi chú: số liệu theo Quyết định giao chỉ tiêu.
"""


def test_a_table_drawn_with_box_characters_joins_the_lines_of_each_row_band():
    ((first, last, grid, starts),) = find_ruled_tables(_BOXED.splitlines())
    assert (first, last, starts) == (2, 13, [3, 6, 8, 11])
    texts = [[cell.text for cell in row] for row in grid]
    assert texts[0] == ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"]
    assert texts[1] == ["A. VÙNG ĐỒI NÚI PHÍA TÂY"] * 4  # a section row across the table
    assert grid[1][1].merged_from == (1, 0) and grid[1][0].col_span == 4
    assert texts[2] == ["1", "Ươm 200.000 cây giống keo lai", "Ban Quản lý rừng phòng hộ", "31/3/2028"]
    # The rule left open in the lead column carries its cell down: merged, not blank.
    assert texts[3] == ["2", "Trồng mới 80 ha rừng sản xuất", "Ban Quản lý rừng phòng hộ", "Quý III/2028"]
    assert grid[3][2].merged_from == (2, 2) and grid[2][2].row_span == 2


def test_a_text_file_with_a_table_drawn_with_rules_imports_its_rows():
    document = read_document(_BOXED.encode(), "ke_hoach.txt")
    items = _items(*document.blocks)
    assert [(item.content, item.lead, item.due) for item in items] == [
        ("Ươm 200.000 cây giống keo lai", "Ban Quản lý rừng phòng hộ", "31/3/2028"),
        ("Trồng mới 80 ha rừng sản xuất", "Ban Quản lý rừng phòng hộ", "Quý III/2028"),
    ]
    assert "Ghi chú" in document.blocks[-1].text  # the text after the table stays a paragraph


_ASCII_GRID = """\
+----+------------------------+-----------------+
| TT | Chỉ tiêu               | Cơ quan chủ trì |
+====+========================+=================+
| 1  | Tỷ lệ che phủ rừng     | Hạt Kiểm lâm    |
|    | toàn huyện             |                 |
+----+------------------------+-----------------+
| 2  | Số vụ cháy rừng        | Đội PCCC rừng   |
+----+------------------------+-----------------+
"""


def test_an_ascii_grid_is_a_table_drawn_with_rules_whatever_the_file_is_named():
    for name in ("chi_tieu.txt", "chi_tieu.md"):
        document = read_document(_ASCII_GRID.encode(), name)
        (table,) = [block for block in document.blocks if isinstance(block, Table)]
        assert [[cell.text for cell in row] for row in table.rows] == [
            ["TT", "Chỉ tiêu", "Cơ quan chủ trì"],
            ["1", "Tỷ lệ che phủ rừng toàn huyện", "Hạt Kiểm lâm"],
            ["2", "Số vụ cháy rừng", "Đội PCCC rừng"],
        ]


def test_a_ruled_body_without_rules_between_rows_starts_a_row_where_the_first_cell_is_filled():
    text = """\
+----+----------------------+--------------+
| TT | Nội dung             | Thời hạn     |
+----+----------------------+--------------+
| 1  | Kiểm kê rừng         | 30/6/2028    |
|    | đặc dụng             |              |
| 2  | Cắm mốc ranh giới    | 31/8/2028    |
+----+----------------------+--------------+
"""
    ((_first, _last, grid, _starts),) = find_ruled_tables(text.splitlines())
    assert [[cell.text for cell in row] for row in grid][1:] == [
        ["1", "Kiểm kê rừng đặc dụng", "30/6/2028"],
        ["2", "Cắm mốc ranh giới", "31/8/2028"],
    ]


def test_a_markdown_pipe_table_is_no_ruled_table():
    lines = ["| TT | Nội dung |", "|----|----------|", "| 1 | Kiểm kê rừng |", "| 2 | Cắm mốc |"]
    assert find_ruled_tables(lines) == []
    assert find_ruled_tables(["Ký tên", "-----------", "Nguyễn Văn A"]) == []


# --------------------------------------------------------------------------- shaded periods
def _gantt(note: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    shade = PatternFill(fill_type="solid", start_color="FFC6E0B4", end_color="FFC6E0B4")
    white = PatternFill(fill_type="solid", start_color="FFFFFFFF", end_color="FFFFFFFF")
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Số", "Công việc", "Đơn vị thực hiện", *[f"T{m}" for m in range(1, 7)], "Ghi chú"])
    sheet.append(["1", "Khảo sát hiện trạng hệ thống thoát nước", "Phòng Hạ tầng", *[""] * 6, ""])
    for month in (2, 3):
        sheet.cell(2, 3 + month).fill = shade
    sheet.cell(2, 3 + 5).fill = white  # white is no shade
    sheet.append(["2", "Nạo vét kênh mương nội đồng trước mùa mưa", "Phòng Kinh tế", *[""] * 6, note])
    for month in range(1, 7):
        sheet.cell(3, 3 + month).fill = shade
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_shaded_cells_under_month_columns_give_the_due_at_the_last_shaded_month():
    document = read_document(_gantt(), "tien_do.xlsx")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert [cell.filled for cell in table.rows[1][3:9]] == [False, True, True, False, False, False]
    header = classify(table)
    assert header is not None and header.period_columns[4] == "Tháng 2" and len(header.period_columns) == 6
    assert [item.due for item in _items(table)] == ["Tháng 3", "Tháng 6"]


def test_a_standing_note_over_shaded_months_makes_the_row_ongoing():
    document = read_document(_gantt(note="Thường xuyên"), "tien_do.xlsx")
    items = _items(*document.blocks)
    assert [item.due for item in items] == ["Tháng 3", "Thường xuyên"]


# ------------------------------------------------------------------------- e-office exports
def test_an_export_names_its_lead_as_the_unit_that_handles_the_task():
    for label in ("Đơn vị xử lý chính", "Phòng xử lý", "Đơn vị chủ trì xử lý"):
        assert role_scores(label).get("lead", 0) >= 0.85, label
    assert (
        "lead" not in role_scores("Ngày xử lý") and role_scores("Đơn vị phối hợp xử lý").get("lead", 0) < 0.5
    )


def test_a_row_without_a_due_recurs_as_its_text_says():
    table = _table(
        [
            ["STT", "Nội dung", "Đơn vị chủ trì", "Hạn xử lý"],
            ["1", "Cập nhật số liệu tiêm chủng lên hệ thống hằng quý", "Khoa Dược", ""],
            ["2", "Mua sắm vật tư tiêu hao", "Phòng Tài chính", "30/6/2027"],
            ["3", "Xây dựng kế hoạch năm sau", "Phòng Tài chính", ""],
        ]
    )
    assert [item.due for item in _items(table)] == ["hằng quý", "30/6/2027", ""]


# ------------------------------------------------------------------------------ calendars
def test_a_whole_month_day_cell_is_due_on_the_months_last_day():
    from engine.importing.layouts.days import whole_month_due

    assert whole_month_due("Cả tháng", 2027, 2) == "28/02/2027"
    assert whole_month_due("Trong tháng:", 2028, 2) == "29/02/2028"
    assert whole_month_due("Suốt tháng", 2027, 4) == "30/04/2027"
    assert whole_month_due("Cả tuần", 2027, 4) == "" and whole_month_due("12/4", 2027, 4) == ""


def test_a_calendar_row_for_the_whole_month_is_not_due_on_the_day_above():
    from engine.importing.layouts import calendar_weeks
    from engine.importing.period import period_from_text
    from engine.importing.units import UnitResolver

    text = (
        "LỊCH CÔNG TÁC THÁNG 4/2027\n"
        "Ngày\tGiờ\tNội dung\tĐơn vị chuẩn bị\n"
        "05/4/2027\t08h00\tHọp giao ban cơ quan tháng 4\tVăn phòng\n"
        "19/4/2027\t14h00\tKiểm tra công tác lưu trữ tại các phòng\tPhòng Tổ chức\n"
        "Cả tháng\t\tVận động đoàn viên tham gia hiến máu tình nguyện\tCông đoàn cơ sở\n"
    )
    context = Context(
        document_of(text), UnitResolver([]), period=period_from_text("tháng 4/2027", 2027), year=2027
    )
    found = calendar_weeks.recognise(context)
    assert found is not None
    assert [item.due.split(" ")[0] for item in found.items] == ["05/04/2027", "19/04/2027", "30/04/2027"]
