"""Tasks printed as cards and slips rather than tables or lists: an HTML card whose number sits in a
box of its own beside the task's title and whose fields are `<span>` label/value lines; a labelled
field line never continues the title above it. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.blocks import Paragraph
from engine.importing.build import import_document
from engine.importing.readers import read_document
from tests.importing.helpers_blocks import document_of

pytestmark = pytest.mark.django_db

CARDS = """<!DOCTYPE html><html><body><main>
<h1>Các việc cần làm tháng 10/2026</h1>
<div class="list">
 <div class="card"><div class="no">01</div><div class="body"><h3>Khảo sát hiện trạng mạng lưới cấp nước nông thôn</h3>
  <div class="row"><span>Đơn vị chủ trì:</span> <span>Trung tâm Nước sạch tỉnh</span></div>
  <div class="row"><span>Thời hạn:</span> <span>15/10/2026</span></div></div></div>
 <div class="card"><div class="no">02</div><div class="body"><h3>Lập danh mục công trình cần sửa chữa</h3>
  <div class="row"><span>Đơn vị chủ trì:</span> <span>Phòng Thủy lợi</span></div>
  <div class="row"><span>Phối hợp:</span> <span>Ủy ban nhân dân các xã</span></div>
  <div class="row"><span>Thời hạn:</span> <span>Trong tháng 11/2026</span></div></div></div>
 <div class="card"><div class="no">03</div><div class="body"><h3>Báo cáo kết quả quý IV</h3>
  <div class="row"><span>Đơn vị chủ trì:</span> <span>Văn phòng Sở</span></div>
  <div class="row"><span>Thời hạn:</span> <span>Hàng quý</span></div></div></div>
</div>
<div class="foot">Lượt xem: 12</div>
</main></body></html>"""


def test_a_card_number_in_its_own_box_numbers_the_title_after_it():
    document = read_document(CARDS.encode(), "cards.html")
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert "1. Khảo sát hiện trạng mạng lưới cấp nước nông thôn" in texts
    assert "3. Báo cáo kết quả quý IV" in texts
    assert "01" not in texts and "Lượt xem: 12" in texts


def test_a_single_lone_number_is_left_alone():
    page = "<html><body><div>12</div><p>Số người tham dự hội nghị</p><div>Ghi chú</div></body></html>"
    document = read_document(page.encode(), "one.html")
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert texts == ["12", "Số người tham dự hội nghị", "Ghi chú"]


def test_cards_are_tasks_with_their_labelled_lead_and_due():
    imported = import_document(CARDS.encode(), "cards.html", units=[], year=2026)
    got = [(item.content[:20], item.lead_text, str(item.due_date)) for item in imported.items]
    assert got == [
        ("Khảo sát hiện trạng ", "Trung tâm Nước sạch tỉnh", "2026-10-15"),
        ("Lập danh mục công tr", "Phòng Thủy lợi", "2026-11-30"),
        ("Báo cáo kết quả quý ", "Văn phòng Sở", "None"),
    ]


def test_a_field_label_line_does_not_continue_the_title_above_it():
    from engine.importing.layouts.outline import outline, walk

    document = document_of(
        """
1. Hoàn thiện hồ sơ thiết kế trạm bơm
Đơn vị chủ trì: Ban Quản lý dự án
Thời gian thực hiện: tháng 12/2026
2. Nghiệm thu công trình kênh tưới,
đơn vị chủ trì: theo phân công
"""
    )
    nodes = list(walk(outline(document)))
    assert nodes[0].text == "Hoàn thiện hồ sơ thiết kế trạm bơm"
    assert nodes[0].fields == ["Đơn vị chủ trì: Ban Quản lý dự án", "Thời gian thực hiện: tháng 12/2026"]
    assert nodes[1].text == "Nghiệm thu công trình kênh tưới, đơn vị chủ trì: theo phân công"


SLIPS = """
PHIẾU CHUYỂN XỬ LÝ
Số: 101/PC
Kính gửi: Phòng Quản lý đô thị
Nội dung yêu cầu: Kiểm tra, báo cáo tình trạng nứt tường nhà văn hóa khu phố 3.
Hạn xử lý: trước ngày 12/11/2026
Lãnh đạo chỉ đạo: Chủ tịch UBND phường
Ngày chuyển: 02/11/2026
Đề nghị đơn vị thực hiện đúng hạn.
\f
PHIẾU CHUYỂN XỬ LÝ
Số: 102/PC
Kính gửi: Công an phường
Nội dung yêu cầu: Xác minh phản ánh về tụ tập gây mất trật tự tại bến xe cũ.
Hạn xử lý: 20/11/2026
Lãnh đạo chỉ đạo: Chủ tịch UBND phường
Ngày chuyển: 02/11/2026
Đề nghị đơn vị thực hiện đúng hạn.
"""


def test_a_slip_of_label_lines_is_one_task_led_by_the_unit_it_is_sent_to():
    imported = import_document(SLIPS.encode(), "slips.txt", units=[], year=2026)
    got = [(item.content[:22], item.lead_text, str(item.due_date)) for item in imported.items]
    assert got == [
        ("Kiểm tra, báo cáo tình", "Phòng Quản lý đô thị", "2026-11-12"),
        ("Xác minh phản ánh về t", "Công an phường", "2026-11-20"),
    ]


def test_label_lines_naming_no_content_and_an_addressee_list_are_no_record():
    from engine.importing.layouts.outline import _labelled_records

    document = document_of(
        """
Kính gửi: Sở Tài chính, Sở Nội vụ
Nội dung: Góp ý dự thảo quy chế chi tiêu nội bộ
Thời hạn: 15/12/2026
Đơn vị chủ trì: Văn phòng
Địa điểm: Hội trường A
Thành phần: Lãnh đạo các phòng
Chủ trì: Giám đốc
"""
    )
    blocks = _labelled_records(document.blocks)
    record = next(block for block in blocks if not isinstance(block, Paragraph))
    assert record.addressee is None  # two units: an addressee list, not one slip's lead
    assert [row[0].text for row in record.rows][:3] == ["Nội dung", "Thời hạn", "Đơn vị chủ trì"]
    places = document_of(
        "Địa điểm: Hội trường A\nThành phần: Lãnh đạo các phòng\nGhi chú: Mang theo tài liệu"
    )
    assert all(isinstance(block, Paragraph) for block in _labelled_records(places.blocks))


# ------------------------------------------------------------- a letter over its task appendix
def test_a_letters_request_to_every_addressed_body_above_its_appendix_is_an_item():
    from engine.importing.recognisers import closing_requests

    document = document_of(
        "Kính gửi: Các phòng, ban thuộc Sở\n"
        "Đến nay còn 02 việc đã quá hạn (chi tiết tại Phụ lục).\n"
        "Thay mặt Giám đốc Sở, Văn phòng Sở đề nghị Lãnh đạo các phòng, ban hoàn thành và báo cáo trước ngày 14.9.2026.\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Lưu: VT.\n"
        "PHỤ LỤC\n"
        "TT\tNội dung\tĐơn vị chủ trì\tĐề nghị hoàn thành\n"
        "1\tSửa đổi quy chế làm việc\tVăn phòng\t10.9.2026\n"
        "2\tKiểm kê kho lưu trữ\tPhòng Hành chính\t12.9.2026\n"
        "Thủ trưởng các phòng, ban chủ động triển khai trước ngày 20.9.2026.\n"
    )
    (request, after) = closing_requests(document, set())
    assert request.content.startswith("Thay mặt Giám đốc Sở, Văn phòng Sở đề nghị")
    assert request.due == "trước ngày 14.9.2026" and not request.lead
    assert after.content.startswith("Thủ trưởng các phòng")  # after the last table: read as before


def test_without_an_appendix_heading_the_letter_above_the_table_is_not_read():
    from engine.importing.recognisers import closing_requests

    document = document_of(
        "Văn phòng Sở đề nghị Lãnh đạo các phòng, ban hoàn thành trước ngày 14.9.2026.\n"
        "TT\tNội dung\tĐơn vị chủ trì\tThời hạn\n"
        "1\tSửa đổi quy chế làm việc\tVăn phòng\t10.9.2026\n"
    )
    assert closing_requests(document, set()) == []


def test_a_dotted_date_after_a_deadline_word_is_a_deadline():
    from engine.importing.layouts.prose_facts import due_in

    assert due_in("Các phòng báo cáo trước ngày 05.10.2026 để tổng hợp.") == "trước ngày 05.10.2026"
    assert due_in("Thực hiện theo mục 1.2.3 của hướng dẫn.") == ""


DIV_TABLE = """<!DOCTYPE html><html><head><style>
.bang{display:table} .bang .dong{display: table-row}
.bang .o, .bang .o-rong{display:table-cell;border:1px solid #aaa}
</style></head><body>
<div class="menu"><a href="/">Trang chủ</a></div>
<div class="bang">
 <div class="dong"><div class="o">STT</div><div class="o-rong">Nội dung</div><div class="o">Đơn vị<br>chủ trì</div><div class="o">Thời hạn</div></div>
 <div class="dong"><div class="o">1</div><div class="o-rong"><div><div>Kiểm kê rừng<br>phòng hộ đầu nguồn</div></div></div><div class="o">Hạt Kiểm lâm</div><div class="o">Tháng 5/2026</div></div>
 <div class="dong"><div class="o">2</div><div class="o-rong"><div>Tuyên truyền phòng cháy rừng</div></div><div class="o">Phòng Nông nghiệp</div><div class="o">20/6/2026</div></div>
</div>
<div role="table">
 <div role="row"><div role="columnheader">TT</div><div role="columnheader">Công việc</div><div role="columnheader">Chủ trì</div><div role="columnheader">Hạn</div></div>
 <div role="row"><div role="cell">1</div><div role="cell">Sửa chữa đập tràn thôn 3</div><div role="cell">Ban Quản lý dự án</div><div role="cell">30/9/2026</div></div>
</div>
<div style="display:table-row">no table around it</div>
</body></html>"""


def test_divs_drawn_as_a_table_by_the_pages_style_or_their_role_are_read_as_a_table():
    document = read_document(DIV_TABLE.encode(), "divs.html")
    tables = [block for block in document.blocks if not isinstance(block, Paragraph)]
    assert len(tables) == 2
    assert tables[0].texts(1) == ["1", "Kiểm kê rừng phòng hộ đầu nguồn", "Hạt Kiểm lâm", "Tháng 5/2026"]
    assert tables[0].texts(0)[2] == "Đơn vị chủ trì"
    assert tables[1].texts(1) == ["1", "Sửa chữa đập tràn thôn 3", "Ban Quản lý dự án", "30/9/2026"]
    imported = import_document(DIV_TABLE.encode(), "divs.html", units=[], year=2026)
    got = [(item.content[:12], item.lead_text, str(item.due_date)) for item in imported.items]
    assert ("Kiểm kê rừng", "Hạt Kiểm lâm", "2026-05-31") in got
    assert ("Tuyên truyền", "Phòng Nông nghiệp", "2026-06-20") in got


NUMBER_LINE_CARDS = """<!DOCTYPE html><html><body>
<nav><a href="/">Trang chủ</a></nav>
<main><h2>Việc giao trong tuần</h2>
<div class="grid">
 <div class="card"><div class="meta">Việc 07 · Ngày giao: 01/6/2027</div><h4>Sửa chữa đèn chiếu sáng ngõ 12</h4>
  <p>Đơn vị chủ trì: Tổ Kỹ thuật</p><p>Người theo dõi: đ/c Lan - Phó Giám đốc</p><p>Hạn: 08/VI/2027</p><span>Đang làm</span></div>
 <div class="card"><div class="meta">Việc 08 · Ngày giao: 01/6/2027</div><h4>Thu gom rác thải sau phiên chợ</h4>
  <p>Đơn vị chủ trì: Tổ Vệ sinh</p><p>Người theo dõi: đ/c Lan - Phó Giám đốc</p><p>Hạn: 04.06.27</p><span>Xong</span></div>
</div>
<div class="pager">Trang 1/4 &nbsp; <a href="?p=2">Xem tiếp »</a></div>
</main>
<aside><h3>Thông báo</h3><ul><li><a href="/a">Lịch tiếp công dân tháng 6/2027</a> (28/5/2027)</li>
<li><a href="/b">Kế hoạch kiểm tra an toàn thực phẩm</a> (20/5/2027)</li></ul></aside>
</body></html>"""


def test_a_cards_number_line_numbers_its_title_and_a_sidebar_and_pager_are_dropped():
    document = read_document(NUMBER_LINE_CARDS.encode(), "cards.html")
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert texts[1:4] == [
        "7. Sửa chữa đèn chiếu sáng ngõ 12",
        "Ngày giao: 01/6/2027",
        "Đơn vị chủ trì: Tổ Kỹ thuật",
    ]
    assert "8. Thu gom rác thải sau phiên chợ" in texts
    assert not any("Trang 1/4" in text or "tiếp công dân" in text or text == "Thông báo" for text in texts)


def test_cards_opening_with_a_number_line_are_tasks_led_by_their_unit_not_the_person_following_them():
    imported = import_document(NUMBER_LINE_CARDS.encode(), "cards.html", units=[], year=2027)
    got = [(item.content, item.lead_text, str(item.due_date)) for item in imported.items]
    assert got == [
        ("Sửa chữa đèn chiếu sáng ngõ 12", "Tổ Kỹ thuật", "2027-06-08"),
        ("Thu gom rác thải sau phiên chợ", "Tổ Vệ sinh", "2027-06-04"),
    ]


def test_a_number_line_of_one_card_or_not_counting_up_is_left_alone():
    page = "<html><body><div>Việc 3 · mới</div><h4>Họp tổ</h4><p>Ghi chú</p></body></html>"
    texts = [b.text for b in read_document(page.encode(), "one.html").blocks if isinstance(b, Paragraph)]
    assert texts == ["Việc 3 · mới", "Họp tổ", "Ghi chú"]


def test_a_form_field_with_an_unknown_label_does_not_continue_the_field_above_it():
    from engine.importing.layouts.outline import outline, walk

    lines = [f"Dòng văn bản số {n} được cắt ngang ở giữa câu để xuống dòng" for n in range(20)]
    document = document_of(
        "\n".join(
            [
                *lines,
                "1. Kiểm tra hệ thống phòng cháy tại kho lưu trữ số 2",
                "Đơn vị chủ trì: Đội Bảo vệ cơ quan nhà nước",
                "Cán bộ đầu mối: đ/c Minh - Đội trưởng Đội Bảo vệ",
                "Thời hạn: trong tháng 6/2027 theo kế hoạch kiểm tra",
            ]
        )
    )
    (node,) = [n for n in walk(outline(document)) if n.text.startswith("Kiểm tra")]
    assert node.fields[0] == "Đơn vị chủ trì: Đội Bảo vệ cơ quan nhà nước"  # the next label not run into it


def test_a_list_the_page_marks_as_its_menu_is_dropped_like_a_nav():
    page = """<html><body><div class="top"><ul class="main-menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/tin">Tin tức</a><ul class="sub"><li><a href="/tin/1">Thời sự</a></li></ul></li></ul></div>
<h2>Phân công tháng 7</h2><ul class="tasks"><li>Phòng Y tế: kiểm tra bếp ăn (trước 20/7/2027)</li></ul>
<ol id="topmenu"><li>Liên hệ</li></ol><p>Hết</p></body></html>"""
    texts = [b.text for b in read_document(page.encode(), "menu.html").blocks if isinstance(b, Paragraph)]
    assert texts == ["Phân công tháng 7", "- Phòng Y tế: kiểm tra bếp ăn (trước 20/7/2027)", "Hết"]


def test_a_breadcrumb_drawn_as_a_list_is_dropped_like_a_menu():
    page = """<html><body><ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li>
<li><a href="/thong-bao">Thông báo</a></li><li class="active">Lịch tiếp dân</li></ul>
<h2>Phân công tiếp công dân tháng 3</h2><ol class="list-unstyled"><li>Thanh tra huyện: tiếp công dân định kỳ (ngày 15/3/2029)</li></ol>
</body></html>"""
    texts = [b.text for b in read_document(page.encode(), "crumbs.html").blocks if isinstance(b, Paragraph)]
    assert texts == [
        "Phân công tiếp công dân tháng 3",
        "1. Thanh tra huyện: tiếp công dân định kỳ (ngày 15/3/2029)",
    ]
