"""A low-resolution scan of a task table (100 dpi, thresholded, a little turned): what its pixels
lose and how the reader and the table rules put it back. A column line's staircase step reaching the
top rule, a date cell whose thin slashes faded, a year's misread "0" in a cell, a standard office's
name with a marked vowel misread; a revised deadline's header read with a letter misread, and a
revised cell printing `—` that leaves the deadline first given (`Hạn gốc`, `Hạn ban đầu`)."""

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.headers import classify
from engine.importing.layouts.table_dues import _latest_due
from engine.importing.ocr_grid import find_grids
from engine.importing.read_ocr import _years_put_back, fix_date_cell, standard_office


def _table(rows) -> Table:
    return Table(grid_from_spans([[(c, 1, 1) for c in row] for row in rows]))


def test_a_date_cell_whose_slashes_faded_is_the_one_date_its_digits_can_be():
    assert fix_date_cell("2872029") == "28/7/2029"  # 2/87 is no date
    assert fix_date_cell("3132029") == "31/3/2029"
    assert fix_date_cell("3012029") == "3012029"  # 3/01 or 30/1
    assert fix_date_cell("11/42029") == "11/4/2029"  # the month run into the year
    assert fix_date_cell("1122029") == "1122029"  # 1/12 or 11/2: left as printed
    assert fix_date_cell("122029") == "122029"  # 12/2029 or 1/2/2029: left as printed
    assert fix_date_cell("9/2029") == "9/2029"  # a month and its year
    assert fix_date_cell("4512029") == "4512029"  # neither 4/51 nor 45/1


def test_a_cells_year_with_its_zero_misread_is_put_back_where_the_scan_prints_that_year():
    assert _years_put_back("Trước 20/11/2729", {"2029"}) == "Trước 20/11/2029"
    assert _years_put_back("20/11/2729", {"2030"}) == "20/11/2729"


def test_a_standard_offices_name_with_a_vowel_misread_reads_as_that_name():
    assert standard_office("Phòng Tài chính -Kế hoạch") == ""  # printed right: nothing to change
    assert standard_office("Phòng Tư phúp") == "Phòng Tư pháp"
    assert standard_office("Sở Y tê") == "Sở Y tế"
    assert standard_office("Phòng Văn hóa -Xã hãi") == "Phòng Văn hóa - Xã hội"
    assert standard_office("Phòng Tư phát") == ""  # a consonant changed: not a vowel's misreading
    assert standard_office("Tổ Tư pháp") == ""  # no office's kind
    assert standard_office("Ban Quản lý dự án") == ""


def test_a_revised_deadline_keeps_the_first_one_where_its_cell_prints_a_dash():
    table = _table(
        [
            ["TT", "Công việc", "Đơn vị chủ trì", "Hạn gốc", "Hạn điều chỉnh", "Ghi chú"],
            ["1", "Kiểm kê tài sản công", "Phòng Tài chính - Kế hoạch", "15/3/2029", "—", ""],
            ["2", "Cải tạo nhà văn hóa thôn", "Phòng Kinh tế", "30/4/2029", "31/8/2029", ""],
            ["3", "Tập huấn nghiệp vụ hộ tịch", "Phòng Tư pháp", "20/5/2029", "", ""],
        ]
    )
    header = classify(table)
    assert header.revised_due and header.due_columns == [4, 3]
    texts = [[cell.text for cell in row] for row in table.rows[1:]]
    assert [_latest_due(row, header) for row in texts] == ["15/3/2029", "31/8/2029", "20/5/2029"]


def test_a_revised_deadlines_label_with_its_u_read_as_n_still_names_it():
    table = _table(
        [
            ["STT", "Nội dung", "Đơn vị chủ trì", "Hạn han đầu", "Hạn điền chính"],
            ["1", "Lập quy hoạch chi tiết khu dân cư", "Phòng Kinh tế", "10/2/2029", "—"],
        ]
    )
    header = classify(table)
    assert header.revised_due and header.due_columns == [4, 3]
    assert _latest_due([cell.text for cell in table.rows[1]], header) == "10/2/2029"


def _stepped_page():
    """A ruled table whose column lines, straightened from a turned 100 dpi scan, step a scan pixel
    aside 40 pixels under the top rule: the step alone is too short to be a line and ends at no
    rule."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1600, 700), 255)
    draw = ImageDraw.Draw(image)
    columns, rows = [100, 400, 1000, 1500], [100, 300, 520]
    for y in rows:
        draw.line([(columns[0], y), (columns[-1] + 5, y)], fill=0, width=3)
    for x in columns:
        draw.line([(x, rows[0]), (x, rows[0] + 40)], fill=0, width=3)
        draw.line([(x + 5, rows[0] + 40), (x + 5, rows[-1])], fill=0, width=3)
    return image


def test_a_column_lines_staircase_step_keeps_the_top_rule_in_the_table():
    grids, _erased = find_grids(_stepped_page(), 300)
    assert len(grids) == 1
    assert abs(grids[0].ys[0] - 100) <= 3 and len(grids[0].ys) == 3
