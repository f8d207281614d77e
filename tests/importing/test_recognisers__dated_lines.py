"""A monthly programme of dated lines (engine/importing/layouts/dated_lines.py). Own text."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.layouts import dated_lines
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import document_of

PROGRAMME = """
CHƯƠNG TRÌNH CÔNG TÁC
tháng 5 năm 2027 của Ban Thường vụ Đảng ủy xã
I. CÁC HOẠT ĐỘNG CÓ LỊCH
Ngày 04/5 (thứ Ba): Ban Thường vụ họp nghe báo cáo tình hình sản xuất vụ Hè Thu. Văn phòng Đảng ủy chuẩn bị.
Ngày 12 - 13/5: Kiểm tra công tác đảng viên tại Chi bộ ấp Tân Hòa.
Ủy ban Kiểm tra Đảng ủy chuẩn bị.
Ngày 20/5 (thứ Năm): Hội nghị sơ kết công tác dân vận. Ban Dân vận Đảng ủy chủ trì, phối hợp với Mặt trận Tổ quốc xã chuẩn bị.
Ngày 27/5: Gặp mặt các đảng viên nhận Huy hiệu Đảng.
II. CÁC VIỆC TRONG THÁNG
1. Ban Tuyên giáo Đảng ủy hướng dẫn học tập chuyên đề năm 2027.
III. GHI CHÚ
Các cuộc họp bắt đầu lúc 7 giờ 30.
"""


def test_each_dated_line_is_an_item_led_by_who_prepares_it_and_due_on_its_day():
    context = Context(document_of(PROGRAMME), UnitResolver([]), year=2027)
    found = dated_lines.recognise(context)
    got = [(item.content.split(".")[0][:30], item.lead, item.coordinating, item.due) for item in found.items]
    assert got == [
        ("Ban Thường vụ họp nghe báo cáo", "Văn phòng Đảng ủy", "", "04/05/2027"),
        ("Kiểm tra công tác đảng viên tạ", "Ủy ban Kiểm tra Đảng ủy", "", "13/05/2027"),  # a span: its end
        ("Hội nghị sơ kết công tác dân v", "Ban Dân vận Đảng ủy", "Mặt trận Tổ quốc xã", "20/05/2027"),
        ("Gặp mặt các đảng viên nhận Huy", "", "", "27/05/2027"),
        ("Ban Tuyên giáo Đảng ủy hướng d", "Ban Tuyên giáo Đảng ủy", "", ""),  # no day: the period's end
    ]
    assert "chuẩn bị" not in found.items[0].content  # the preparing sentence is the lead, not the task


def test_two_dated_lines_are_no_programme():
    text = "THÔNG BÁO\nNgày 04/5 (thứ Ba): họp giao ban.\nNgày 11/5 (thứ Ba): họp giao ban."
    assert dated_lines.recognise(Context(document_of(text), UnitResolver([]), year=2027)) is None
