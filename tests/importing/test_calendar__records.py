"""A calendar page whose events are definition lists (`<dl>` of `<dt>` label / `<dd>` value pairs):
the HTML reader keeps each list as one record, the week calendar reads its fields by their labels.
Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.blocks import Paragraph
from engine.importing.build import import_document
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db

_PAGE = """<html><body>
<div class="menu"><a href="/">Trang chủ</a></div>
<h2>Lịch làm việc tuần của Lãnh đạo Sở</h2>
<h3>Thứ Ba (14/9/2027)</h3>
<dl><dt>Thời gian:</dt><dd>8h00</dd><dt>Nội dung:</dt><dd>Họp thẩm định hồ sơ cấp phép khai thác nước mặt</dd>
<dt>Chủ trì:</dt><dd>Giám đốc Sở Trần Văn Bình</dd><dt>Địa điểm:</dt><dd>Phòng họp số 2</dd>
<dt>Chuẩn bị:</dt><dd>Phòng <b>Tài nguyên nước</b></dd></dl>
<dl><dt>Thời gian:</dt><dd>14h00</dd><dt>Nội dung:</dt><dd>Kiểm tra hiện trường bãi chôn lấp chất thải rắn</dd>
<dt>Chủ trì:</dt><dd>Chi cục Bảo vệ môi trường</dd></dl>
<h3>Thứ Tư (15/9/2027)</h3>
<dl><dt>Thời gian</dt><dd>Cả ngày</dd><dt>Công việc</dt><dd>Đi công tác tại huyện Mường Tè</dd>
<dt>Lãnh đạo chủ trì</dt><dd>Phó Giám đốc Lò Thị Hương</dd></dl>
<p>Ban biên tập cổng thông tin điện tử Sở cập nhật lịch hằng tuần.</p>
</body></html>"""


def test_a_definition_list_is_one_record_of_label_and_value_lines():
    document = read_document(_PAGE.encode(), "lich.html")
    records = [b for b in document.blocks if isinstance(b, Paragraph) and b.style == "record"]
    assert len(records) == 3
    assert records[0].text.split("\n") == [
        "Thời gian: 8h00",
        "Nội dung: Họp thẩm định hồ sơ cấp phép khai thác nước mặt",
        "Chủ trì: Giám đốc Sở Trần Văn Bình",
        "Địa điểm: Phòng họp số 2",
        "Chuẩn bị: Phòng Tài nguyên nước",
    ]
    assert records[2].text.split("\n")[0] == "Thời gian: Cả ngày"  # a label without its colon


def test_values_without_labels_stay_paragraphs():
    document = read_document(
        b"<html><body><dl><dd>M\xe1\xbb\x99t</dd><dd>Hai ba</dd></dl></body></html>", "x.html"
    )
    assert [(b.text, b.style) for b in document.blocks] == [("Một", ""), ("Hai ba", "")]


def test_each_record_is_one_event_led_by_its_preparing_unit():
    imported = import_document(_PAGE.encode(), "lich.html", units=[], year=2027)
    assert imported.layout == "week_calendar"
    got = [(i.content[:20], i.lead_text, i.due_date.isoformat()) for i in imported.items]
    assert got == [
        ("Họp thẩm định hồ sơ ", "Phòng Tài nguyên nước", "2027-09-14"),
        ("Kiểm tra hiện trường", "Chi cục Bảo vệ môi trường", "2027-09-14"),  # a body chairs, none prepares
        ("Đi công tác tại huyệ", "", "2027-09-15"),  # a leader chairs: no lead
    ]  # the menu, the title and the footer are no events
