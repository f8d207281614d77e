"""A dispatch's part after its task table that asks every body of a kind, its points under it
(`2. Đề nghị các doanh nghiệp …` over `a) …`, `b) …`; recognisers.closing_requests): each point that
prints a day or a round of its own is a request of those bodies, an item with no lead. The heading
is no item; an undated point, a point under a part that asks nothing, and a heading that is a full
request of its own are no such points. "trường hợp" (a case) opens no unit's name. Own text, not a
corpus document's."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import UNIT_START, due_in
from engine.importing.recognisers import asks_every_heading, closing_requests
from engine.text import fold
from tests.importing.helpers_blocks import BlocksDocument, table_of


def _document(*texts: str):
    table = table_of(
        [
            ["TT", "Nội dung", "Tổ thực hiện", "Thời hạn"],
            ["1", "Kiểm tra an toàn lưới điện trung áp", "Tổ Vận hành", "20/01/2029"],
        ]
    )
    table.row_lines = [5, 6]
    return BlocksDocument([table, *(Paragraph(text, line=7 + n) for n, text in enumerate(texts))])


def test_the_dated_points_of_a_part_asking_every_body_are_items_with_no_lead():
    document = _document(
        "2. Đề nghị các hộ kinh doanh, khách hàng sử dụng điện",
        "a) Đăng ký nhu cầu phụ tải tăng thêm với Điện lực trước ngày 10/01/2029;",
        "b) Kiểm tra hệ thống điện sau công tơ hằng tuần trong dịp Tết;",
        "c) Chấp hành nghiêm các quy định về an toàn điện.",
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:22], item.lead, item.due) for item in found] == [
        ("Đăng ký nhu cầu phụ tả", "", "trước ngày 10/01/2029"),
        ("Kiểm tra hệ thống điện", "", "hằng tuần"),
    ]


def test_points_under_another_part_are_left_alone():
    # the next numbered part ends the asking one; its points ask nobody named
    document = _document(
        "2. Yêu cầu các tổ sản xuất:",
        "- Rà soát vật tư dự phòng trước ngày 05/01/2029;",
        "3. Kinh phí",
        "a) Chi phí mua vật tư quyết toán trước ngày 31/01/2029.",
    )
    found = closing_requests(document, taken={6})
    assert [item.content[:22] for item in found] == ["Rà soát vật tư dự phòn"]


def test_a_heading_is_a_short_request_with_no_time_and_no_full_stop():
    assert asks_every_heading("Đề nghị các doanh nghiệp xuất nhập khẩu, đại lý làm thủ tục hải quan", due_in)
    assert asks_every_heading("Yêu cầu tất cả các chủ tàu cá:", due_in)
    # a request of its own, a part that asks a named body, a topic
    assert not asks_every_heading("Đề nghị các đơn vị báo cáo kết quả trước ngày 15/12/2028.", due_in)
    assert not asks_every_heading("Đề nghị Hiệp hội Doanh nghiệp tỉnh", due_in)
    assert not asks_every_heading("Công tác bảo đảm an toàn lưới điện", due_in)


def test_trường_hợp_opens_no_unit_name():
    assert not UNIT_START.match(fold("trường hợp khó khăn có văn bản đề nghị gửi Chi cục"))
    assert UNIT_START.match(fold("Trường Tiểu học Hòa Bình tổ chức"))
