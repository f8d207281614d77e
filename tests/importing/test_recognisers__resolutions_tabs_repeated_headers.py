"""A Party cell's monthly resolution whose tasks are dash paragraphs led by their subject, the cell's
meeting day and the tasks put to a month's meeting; a portal page of tabs, one table per period, the
period printed only in the tab's label, with struck rows; an appendix table whose header is repeated
on the next page without its column-number row, over a task cut by the page break. Texts other than
the corpus documents'."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph, Table
from engine.importing.build import recognise
from engine.importing.event_dues import regular_meeting_days, resolve_event_dues
from engine.importing.layouts.prose_facts import UNIT_START, after_meeting_rule, assignment_in
from engine.importing.model import RawItem
from engine.importing.readers import read_document
from engine.importing.units import UnitResolver
from engine.text import fold
from tests.importing.helpers_blocks import document_of, table_items, table_of

_RESOLUTION = """ĐẢNG BỘ KHỐI CƠ QUAN HUYỆN
CHI BỘ TRUNG TÂM Y TẾ HUYỆN
Tân Lạc, ngày 04 tháng 9 năm 2029
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ tháng 9 năm 2029
QUYẾT NGHỊ
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8/2029
- Trung tâm đã khám sàng lọc cho 1.240 học sinh.
- Hạn chế: tỷ lệ tiêm chủng mở rộng ở xã vùng cao còn thấp.
II. NHIỆM VỤ THÁNG 9/2029
1. Lãnh đạo nhiệm vụ chuyên môn
- Khoa Dược - Vật tư rà soát cơ số thuốc phòng chống bão lụt, xong trước ngày 15/9/2029.
- Tổ Kế toán - Tài vụ lập dự toán kinh phí năm 2030, trình Giám đốc trong tháng 9/2029.
- Phòng Điều dưỡng kiểm tra việc ghi chép hồ sơ bệnh án tại các khoa từ ngày 10 đến ngày 12/9/2029.
2. Công tác xây dựng Đảng
- Chi ủy hoàn thiện hồ sơ đề nghị tặng Huy hiệu Đảng đợt 2/9, thông qua tại kỳ sinh hoạt thường kỳ tháng 10/2029.
- Đồng chí Lò Thị Hoa, chi ủy viên, thu đảng phí quý III trước ngày 25/9/2029.
3. Tổ chức thực hiện
Chi bộ sinh hoạt thường kỳ vào ngày 04 hằng tháng. Các đồng chí chi ủy viên theo dõi việc thực hiện, báo cáo tại kỳ sinh hoạt tháng sau.
"""


def test_a_resolutions_dash_tasks_are_led_by_their_subject_and_dated_by_the_cells_meeting():
    raw = recognise(document_of(_RESOLUTION), UnitResolver([]), 2029)
    assert raw.layout == "prose_plan"
    assert [(item.content[:24], item.lead, item.due) for item in raw.items] == [
        ("Khoa Dược - Vật tư rà so", "Khoa Dược - Vật tư", "trước ngày 15/9/2029"),
        ("Tổ Kế toán - Tài vụ lập ", "Tổ Kế toán - Tài vụ", "trong tháng 9/2029"),
        ("Phòng Điều dưỡng kiểm tr", "Phòng Điều dưỡng", "đến ngày 12/9/2029"),
        ("Chi ủy hoàn thiện hồ sơ ", "Chi ủy", "04/10/2029 (tại kỳ sinh hoạt thường kỳ tháng 10/2029)"),
        ("Đồng chí Lò Thị Hoa, chi", "", "trước ngày 25/9/2029"),
        ("Các đồng chí chi ủy viên", "", "04/10/2029 (tại kỳ sinh hoạt tháng sau)"),
    ]


def test_a_cells_committee_and_an_offices_sections_open_a_units_name():
    assert UNIT_START.match(fold("Chi ủy chuẩn bị nội dung sinh hoạt chuyên đề"))
    assert assignment_in("Tổ Hành chính - Lưu trữ sắp xếp hồ sơ năm 2027.").lead == "Tổ Hành chính - Lưu trữ"
    assert assignment_in("Bộ phận Văn thư - Hậu cần bố trí xe.").lead == "Bộ phận Văn thư - Hậu cần"


def test_a_paragraph_opening_with_the_bodys_meeting_day_is_read_from_its_next_sentence():
    text = "Ban Chấp hành họp định kỳ hằng tháng vào ngày 25. Văn phòng Hội chuẩn bị tài liệu các kỳ họp."
    assert after_meeting_rule(text) == "Văn phòng Hội chuẩn bị tài liệu các kỳ họp."
    # a task to hold the meeting, a rule with no sentence after it and any other text stay as they are
    for text in (
        "Tổ chức họp giao ban thường kỳ vào ngày 05 hằng tháng. Văn phòng chuẩn bị.",
        "Chi bộ sinh hoạt thường kỳ vào ngày 03 hằng tháng.",
        "Văn phòng chuẩn bị tài liệu trước ngày 20/9/2029.",
    ):
        assert after_meeting_rule(text) == text


def test_a_task_put_to_a_months_meeting_is_due_on_the_meeting_day_the_document_states():
    document = document_of(
        """Hòa Bình, ngày 10 tháng 12 năm 2029
        Ban Chấp hành Công đoàn họp định kỳ hằng tháng vào ngày 10."""
    )
    items = [
        RawItem(line=0, content="Dự thảo quy chế chi tiêu, thông qua tại phiên họp thường kỳ tháng 02/2030."),
        RawItem(line=0, content="Tổng hợp ý kiến đoàn viên, báo cáo tại kỳ họp tháng sau."),
        RawItem(line=0, content="Nộp báo cáo tại kỳ họp tháng 01.", due="31/12/2029"),  # its own date stays
    ]
    resolve_event_dues(items, document, 2029)
    assert [item.due for item in items] == [
        "10/02/2030 (tại phiên họp thường kỳ tháng 02/2030)",
        "10/01/2030 (tại kỳ họp tháng sau)",
        "31/12/2029",
    ]
    # two meeting days of one kind name none; without one, the time stays as printed
    assert (
        regular_meeting_days(
            ["Chi bộ sinh hoạt thường kỳ vào ngày 03 hằng tháng", "sinh hoạt thường kỳ ngày 05 hằng tháng"]
        )
        == {}
    )
    item = RawItem(line=0, content="Báo cáo tại kỳ sinh hoạt tháng sau.")
    resolve_event_dues([item], document_of("Nghị quyết tháng 5/2029"), 2029)
    assert item.due == ""


_TABS = """<html><body><h1>Kế hoạch năm 2030</h1>
<ul class="nav nav-tabs" role="tablist">
<li><a href="#p1" data-toggle="tab">Quý I</a></li>
<li><button data-bs-toggle="tab" data-bs-target="#p2">Quý II</button></li>
</ul>
<div class="tab-content">
<div class="tab-pane active" id="p1"><table>
<tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Thời hạn</th><th>Ghi chú</th></tr>
<tr><td>1</td><td>Rà soát quy chế làm việc</td><td>Văn phòng</td><td></td><td>Theo Kế hoạch số 5/KH</td></tr>
<tr><td><s>2</s></td><td><s>Hội thảo chuyên đề</s></td><td><del>Phòng Pháp chế</del></td><td><span style="text-decoration: line-through">Tháng 2</span></td><td>Bỏ</td></tr>
<tr><td>3</td><td>Tập huấn nghiệp vụ</td><td>Phòng Pháp chế</td><td><s>Tháng 1</s> Tháng 2</td><td></td></tr>
</table></div>
<div class="tab-pane" id="p2"><table>
<tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Thời hạn</th><th>Ghi chú</th></tr>
<tr><td>4</td><td>Sơ kết 6 tháng</td><td>Văn phòng</td><td></td><td></td></tr>
</table></div></div></body></html>"""


def test_a_tab_pane_opens_with_its_tabs_label_and_struck_text_is_deleted():
    document = read_document(_TABS.encode(), "kh.html")
    paragraphs = [(block.text, block.style) for block in document.blocks if isinstance(block, Paragraph)]
    assert paragraphs[1:] == [("Quý I", "heading"), ("Quý II", "heading")]
    table = next(block for block in document.blocks if isinstance(block, Table))
    assert [cell.text for cell in table.rows[2]] == ["", "", "", "", "Bỏ"]
    assert table.rows[3][3].text == "Tháng 2"


def test_the_period_a_tab_or_a_heading_prints_over_a_table_dates_its_rows_that_print_none():
    document = read_document(_TABS.encode(), "kh.html")
    items = table_items(*document.blocks)
    assert [(item.content, item.due, item.section) for item in items] == [
        ("Rà soát quy chế làm việc", "Quý I", "Quý I"),  # the note cites a plan: the period is the time
        ("Tập huấn nghiệp vụ", "Tháng 2", "Quý I"),  # (the struck row and its note: none)
        ("Sơ kết 6 tháng", "Quý II", "Quý II"),
    ]
    header = ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]
    items = table_items(
        Paragraph("THÁNG 3/2030"), table_of([header, ["1", "Kiểm kê kho", "Phòng Hậu cần", ""]])
    )
    assert [item.due for item in items] == ["THÁNG 3/2030"]
    items = table_items(
        Paragraph("Kế hoạch quý I"), table_of([header, ["1", "Kiểm kê kho", "Phòng Hậu cần", ""]])
    )
    assert [item.due for item in items] == [""]


def test_a_header_repeated_without_its_column_number_row_continues_the_task_the_page_cut():
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    first = table_of(
        [
            header,
            ["(1)", "(2)", "(3)", "(4)"],
            ["1", "Lập đề án bảo tồn làng nghề dệt", "Sở Văn hóa, Thể", "Năm 2030"],
        ]
    )
    second = table_of(
        [
            header,
            ["", "thổ cẩm của đồng bào", "thao và Du lịch", ""],
            ["2", "Tổ chức hội chợ", "Sở Công Thương", "Quý II/2030"],
        ]
    )
    items = table_items(first, second)
    assert [(item.content, item.lead) for item in items] == [
        ("Lập đề án bảo tồn làng nghề dệt thổ cẩm của đồng bào", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Tổ chức hội chợ", "Sở Công Thương"),
    ]
