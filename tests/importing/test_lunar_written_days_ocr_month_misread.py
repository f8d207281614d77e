"""A lunar day written out with a numbered month (`vào ngày 16 tháng 8 âm lịch`) names no solar day, so
the lunar reading dates it from a day of that month printed beside its solar one, even though a solar
day written out (`trước ngày 05 tháng 12 năm 2027`) is a printed day. And an OCR'd date whose month's
"0" was read as a "9" (`31/19/2027`) is put back. Own text, not a corpus document's."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing import read_ocr
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import prints_date
from tests.importing.helpers_blocks import context_of, document_of

LANTERNS = """
BAN TỔ CHỨC
KẾ HOẠCH
Tổ chức Đêm hội Rước đèn thôn Đông năm 2028
I. THỜI GIAN, ĐỊA ĐIỂM
Đêm hội được tổ chức vào ngày 15 tháng 8 âm lịch (ngày 03/10/2028) tại sân nhà văn hóa thôn Đông.
II. PHÂN CÔNG
1. Tổ Hậu cần (Tổ trưởng: đ/c Lò Văn Khánh)
- Dọn dẹp sân nhà văn hóa, thu dọn đèn vào ngày 16 tháng 8 âm lịch.
- Chuẩn bị bàn ghế, xong trước ngày 28/9/2028.
"""


def test_a_written_lunar_day_is_no_printed_day_but_a_written_solar_one_is():
    assert not prints_date("vào ngày 16 tháng 8 âm lịch")
    assert not prints_date("vào ngày 16 tháng 8 năm Mậu Thân âm lịch")
    assert not prints_date("đến ngày 15 tháng 8 (âm lịch)")
    assert prints_date("trước ngày 05 tháng 12 năm 2027")
    assert prints_date("trước ngày 3 tháng 4")


def test_a_written_lunar_day_of_a_numbered_month_is_dated_by_its_printed_pair():
    found = prose_plan.recognise(context_of(LANTERNS))
    resolve_event_dues(found.items, document_of(LANTERNS), 2028)
    dues = {item.content[:8]: parse_due(item.due, year=2028).date for item in found.items}
    assert dues["Dọn dẹp "] == date(2028, 10, 4)  # the day after 15 tháng 8 âm lịch (03/10)
    assert dues["Chuẩn bị"] == date(2028, 9, 28)


def test_an_ocr_month_whose_0_was_read_as_a_9_is_put_back():
    assert read_ocr.clean_cell("Trước 31/19/2027") == "Trước 31/10/2027"
    assert read_ocr.fix_dates("hoàn thành trước ngày 5/19/2028.") == "hoàn thành trước ngày 5/10/2028."
    # a real month, a day that can be no day, a number that is no date stay
    assert read_ocr.fix_dates("Trước 31/12/2027") == "Trước 31/12/2027"
    assert read_ocr.fix_dates("ngày 45/19/2027") == "ngày 45/19/2027"
    assert read_ocr.fix_dates("Công văn số 19/2027/UBND") == "Công văn số 19/2027/UBND"
    assert read_ocr.fix_dates("12/19") == "12/19"
