"""A week calendar whose entries carry their fields on lines of their own (`Chuẩn bị: <unit>`,
`Địa điểm: …`), as a portal's `<div>`s or its page copied as text give them; and the HTML reader's
parts of such a page: a day cell `Thứ Tư<br>09/6` keeps its date, a sidebar `<div>` is dropped."""

import pytest

from engine.importing.build import import_document
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db

_FIELD_LINES = """LỊCH LÀM VIỆC TUẦN CỦA HIỆU TRƯỞNG
(Từ ngày 07/6/2027 đến ngày 11/6/2027)
Thứ Hai
07/6
8h00
Họp Hội đồng tuyển sinh lớp 10 thống nhất phương án coi thi.
Địa điểm: Phòng Hội đồng
Bộ phận chuẩn bị: Tổ Văn phòng
Thứ Tư
09/6
14h00
Duyệt kế hoạch bồi dưỡng học sinh giỏi năm học mới. (Hoãn, sẽ thông báo sau)
Chuẩn bị: Tổ Toán - Tin
15h30
Tổ Ngữ văn báo cáo kết quả kiểm tra chuyên đề học kỳ II của giáo viên.
Thành phần: Ban Giám hiệu, tổ trưởng
Chuẩn bị: Tổ chuyên môn Khoa học xã hội
"""


def test_field_lines_below_an_entry_are_its_lead_and_note_not_entries():
    imported = import_document(_FIELD_LINES.encode(), "lich.txt", units=[], year=2027)
    read = [(item.content[:20], item.lead_text, item.due_date.isoformat()) for item in imported.items]
    assert read == [
        ("Họp Hội đồng tuyển s", "Tổ Văn phòng", "2027-06-07"),
        # the field names who prepares it: it leads, not the body the sentence opens with
        ("Tổ Ngữ văn báo cáo k", "Tổ chuyên môn Khoa học xã hội", "2027-06-09"),
    ]  # the entry called off takes its own `Chuẩn bị:` line with it
    assert "Địa điểm: Phòng Hội đồng" in imported.items[0].note


_DIV_PAGE = """<html><body><h2>LỊCH CÔNG TÁC TUẦN CỦA CHÁNH ÁN</h2>
<div class="day"><div class="d">Thứ Tư<br>09/6</div>
<div class="e">Họp xét xử phúc thẩm vụ án dân sự số 14.</div></div>
<div class="nav-pages">Trang 2/3 »</div>
<div class="col-sidebar"><h4>Lịch khác</h4><ul><li>Lịch công tác của Phó Chánh án Lò Thị Xuân</li></ul></div>
</body></html>"""


def test_a_date_alone_is_no_pager_and_a_sidebar_div_is_dropped():
    document = read_document(_DIV_PAGE.encode(), "lich.html")
    texts = [block.text for block in document.blocks]
    assert texts[1:3] == ["Thứ Tư", "09/6"]
    assert "Trang 2/3 »" not in texts  # a pager still is one
    assert not any("Lò Thị Xuân" in text or text == "Lịch khác" for text in texts)
