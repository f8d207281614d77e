"""A programme whose first column is the quarter or the month, merged down over its rows, where a
row's own text prints a nearer day inside that period (`(trước 15/5)`, an award given `(20/11)`, an
event `(ngày 26/3)`): that day is its due, the period what the rows below carry; a round of two
months (`Hai tháng một số`) is recurring (h13fixVC, h660); and the near shapes it does not take."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts.table_dues import _content_day_in_period
from tests.importing.helpers_blocks import table_items, table_of

_TITLE = Paragraph("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2029", 1)
_HEADER = ["Thời gian", "TT", "Nội dung công việc", "Đơn vị thực hiện", "Người phụ trách"]


def _dues(time_cells, tasks):
    rows = [_HEADER]
    for index, task in enumerate(tasks):
        cells = [str(index + 1), task, "Phòng Nghiệp vụ", "PGĐ Lý Văn An"]
        if time_cells[index] is not None:
            cells.insert(0, time_cells[index])
        rows.append(cells)
    return [parse_due(item.due, year=2029) for item in table_items(_TITLE, table_of(rows))]


def test_a_day_in_the_text_inside_the_merged_quarter_is_the_row_due():
    dues = _dues(
        [("Quý II", 3, 1), None, None],
        [
            "Rà soát hồ sơ đề nghị khen thưởng, gửi Sở (trước 12/5)",
            "Tổ chức hội diễn nghệ thuật quần chúng, bế mạc dịp kỷ niệm ngày truyền thống (27/6)",
            "Kiểm tra công tác lưu trữ tại các đơn vị",
        ],
    )
    assert [due.date for due in dues] == [date(2029, 5, 12), date(2029, 6, 27), date(2029, 6, 30)]


def test_a_closing_day_under_a_month_is_the_row_due():
    dues = _dues([("Tháng 10", 2, 1), None], ["Tổ chức giải bóng chuyền hơi (ngày 14/10)", "Sơ kết quý III"])
    assert [due.date for due in dues] == [date(2029, 10, 14), date(2029, 10, 31)]


def test_a_day_outside_the_period_or_no_day_leaves_the_period():
    dues = _dues(
        [("Quý III", 3, 1), None, None],
        [
            "Chuẩn bị nội dung hội nghị tổng kết ngày 20/12",  # another quarter's event
            "Tổ chức tập huấn nghiệp vụ (tháng 8)",  # a month, no day
            "Liên hoan văn nghệ chào mừng Quốc khánh 2/9",  # the occasion it marks
        ],
    )
    assert [due.date for due in dues] == [date(2029, 9, 30)] * 3


def test_a_named_day_in_parentheses_or_a_date_of_record_leaves_the_month():
    dues = _dues(
        [("Tháng 12", 2, 1), None],
        [
            "Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Người khuyết tật (03/12)",  # the Day's name
            "Tổng hợp số liệu người có công thời điểm 01/12/2029",  # a date of record
        ],
    )
    assert [due.date for due in dues] == [date(2029, 12, 31)] * 2


def test_only_a_period_cell_gives_way():
    # a time cell that is a day, a round or a standing time is the row's own: the text's day is not read
    assert _content_day_in_period("30/6/2029", "Gửi báo cáo (trước 15/5)") == ""
    assert _content_day_in_period("Hằng quý", "Gửi báo cáo (trước 15/5)") == ""
    assert _content_day_in_period("Thường xuyên", "Kiểm tra (20/11)") == ""
    assert _content_day_in_period("Quý II/2029", "Gửi báo cáo (trước 15/5)") == "trước 15/5/2029"


def test_a_round_of_two_months_is_recurring():
    dues = _dues(["Hai tháng một số", "02 tháng/lần"], ["Xuất bản bản tin nội bộ", "Chiếu phim lưu động"])
    assert [due.recurrence for due in dues] == ["monthly", "monthly"]
