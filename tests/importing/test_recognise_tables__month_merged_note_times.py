"""A programme whose first column is the month, merged down over the month's rows (or printed once
over blank cells), whose note gives a row its own time inside the month: a span's last day, a standing
time, a scheduled day; the month carried on to the rows below, never the note's time (h13fixUC,
h640); and the near shapes it does not take."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts.table_dues import _note_time_in_month
from tests.importing.helpers_blocks import table_items, table_of

_TITLE = Paragraph("CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2028", 1)
_HEADER = ["Thời gian", "TT", "Nội dung công việc", "Đơn vị thực hiện", "Ghi chú"]


def _rows(month_cells, notes, leads=("Phòng Kỹ thuật", "Phòng Kế hoạch", "Văn phòng")):
    tasks = ("Lập phương án vận hành hồ chứa", "Kiểm tra hệ thống kênh mương", "Tổng hợp số liệu sản xuất")
    rows = [_HEADER]
    for index, (task, lead, note) in enumerate(zip(tasks, leads, notes, strict=True)):
        cells = [str(index + 1), task, lead, note]
        if month_cells[index] is not None:
            cells.insert(0, month_cells[index])
        rows.append(cells)
    return table_of(rows)


def _dues(month_cells, notes):
    return [parse_due(item.due, year=2028) for item in table_items(_TITLE, _rows(month_cells, notes))]


def test_a_note_span_or_standing_time_under_a_merged_month_is_the_row_time():
    merged = [("Tháng 7/2028", 3, 1), None, None]
    dues = _dues(merged, ["Từ 03/7 đến 14/7/2028", "Hằng ngày", ""])
    assert dues[0].date == date(2028, 7, 14)  # the span's last day, before the month's end
    assert dues[1].recurrence == "ongoing"
    assert dues[2].date == date(2028, 7, 31)  # no time of its own: the month's end


def test_a_month_printed_once_over_blank_cells_carries_the_month_not_the_note_time():
    dues = _dues(["Tháng 8/2028", "", ""], ["Dự kiến ngày 18/8", "Từ ngày 05/8 - 09/8", ""])
    assert dues[0].date == date(2028, 8, 18)
    assert dues[1].date == date(2028, 8, 9)  # its own span, inside the month carried down
    assert dues[2].date == date(2028, 8, 31)  # the month, not the row above's note's day


def test_a_span_begun_the_month_before_ends_inside_the_month():
    dues = _dues([("Tháng 9/2028", 3, 1), None, None], ["Từ 25/8 - 06/9/2028", "", ""])
    assert dues[0].date == date(2028, 9, 6)


def test_a_note_time_outside_the_month_or_a_remark_or_a_round_leaves_the_month():
    merged = [("Tháng 7/2028", 3, 1), None, None]
    dues = _dues(merged, ["Từ 20/7 đến 10/8/2028", "Số liệu tính đến 30/6/2028", "Hằng năm"])
    # a span ending after the month (the month stands for a person to compare), a remark that only
    # mentions a day, a yearly round (this year's turn is the month)
    assert [due.date for due in dues] == [date(2028, 7, 31)] * 3


def test_a_quarter_merged_down_is_not_this_shape():
    dues = _dues([("Quý III/2028", 3, 1), None, None], ["Hằng ngày", "Từ 03/7 đến 14/7/2028", ""])
    assert [due.date for due in dues] == [date(2028, 9, 30)] * 3


def test_the_helper_takes_only_a_short_note_beside_a_month():
    assert _note_time_in_month("Tháng 01/2027", "Từ 08/01 đến 22/01/2027") == "22/01/2027"
    assert _note_time_in_month("Tháng 02/2027", "Thường xuyên") == "Thường xuyên"
    assert _note_time_in_month("Tháng 02/2027", "Từ 12/02 đến 04/02/2027") == ""  # no span
    # a longer note is a remark, whatever days it prints
    assert _note_time_in_month("Tháng 3/2027", "Lấy ý kiến các xã từ 02/3 đến 16/3/2027 rồi trình") == ""
    assert _note_time_in_month("15/3/2027", "Hằng ngày") == ""  # a day is the row's own
    assert _note_time_in_month("Quý I/2027", "Thường xuyên", carried=True) == ""
