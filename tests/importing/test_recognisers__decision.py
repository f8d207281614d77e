"""Decisions whose articles assign a plan's tasks: which articles are duties, who leads, when."""

# ruff: noqa: E501 (the decision is printed as offices write it, a paragraph a line)

from engine.importing.layouts import decision
from engine.importing.recognisers import best
from tests.importing.helpers_blocks import context_of

DECISION = """
ỦY BAN NHÂN DÂN HUYỆN ĐỒNG LỘC
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2027
ỦY BAN NHÂN DÂN HUYỆN ĐỒNG LỘC
Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2027.
Điều 2. Trách nhiệm thực hiện được phân công như sau:
1. Phòng Kinh tế - cơ quan thường trực, giúp Ủy ban nhân dân huyện theo dõi việc tiêm phòng; tổng hợp kết quả vào năm 2027.
2. Phòng Tài chính - Kế hoạch:
a) Tham mưu bố trí kinh phí mua vắc xin, trình Ủy ban nhân dân huyện trước ngày 15/3/2027;
b) Hướng dẫn các xã quyết toán kinh phí hỗ trợ theo quy định.
3. Giao Trung tâm Dịch vụ nông nghiệp chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức tiêm phòng đợt 1, hoàn thành trong tháng 4/2027.
4. Đề nghị Hội Nông dân huyện phối hợp tuyên truyền, vận động hội viên tiêm phòng cho đàn gia súc.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng: Kinh tế, Tài chính - Kế hoạch, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 4;
- Lưu: VT.
"""


def test_the_assigning_article_gives_one_item_a_duty_with_the_body_that_opens_it():
    found = decision.recognise(context_of(DECISION))
    assert found.layout == "decision"
    rows = [(item.content[:30], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Phòng Kinh tế - cơ quan thường", "Phòng Kinh tế", "vào năm 2027"),
        ("Tham mưu bố trí kinh phí mua v", "Phòng Tài chính - Kế hoạch", "trước ngày 15/3/2027"),
        ("Hướng dẫn các xã quyết toán ki", "Phòng Tài chính - Kế hoạch", ""),
        ("Giao Trung tâm Dịch vụ nông ng", "Trung tâm Dịch vụ nông nghiệp", "trong tháng 4/2027"),
        ("Đề nghị Hội Nông dân huyện phố", "Hội Nông dân huyện", ""),
    ]
    assert found.items[3].coordinating.startswith("Ủy ban nhân dân các xã")
    assert [item.ref for item in found.items] == [
        "Điều 2, 1",
        "Điều 2, 2a",
        "Điều 2, 2b",
        "Điều 2, 3",
        "Điều 2, 4",
    ]


def test_promulgation_force_and_execution_articles_are_no_tasks():
    items = decision.recognise(context_of(DECISION)).items
    texts = " ".join(item.content for item in items)
    assert "hiệu lực" not in texts and "thi hành" not in texts and "Ban hành kèm theo" not in texts


def test_an_article_on_its_own_line_and_unnumbered_paragraphs_that_assign():
    text = """
QUYẾT ĐỊNH
Phê duyệt Đề án sắp xếp chợ nông thôn
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án sắp xếp chợ nông thôn với các nội dung chính sau:
1. Mục tiêu: mỗi xã có ít nhất một chợ đạt chuẩn.
2. Kinh phí: ngân sách huyện và xã hội hóa.
Điều 2. Giao Phòng Kinh tế chủ trì, phối hợp với các xã lập danh mục chợ cần sửa chữa, trình trước ngày 30/6/2027.
Giao Ban Quản lý dự án đầu tư xây dựng huyện khảo sát, lập hồ sơ sửa chữa chợ trung tâm.
Điều 3. Chánh Văn phòng HĐND và UBND huyện và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.
"""
    items = decision.recognise(context_of(text)).items
    assert [(item.content[:25], item.lead, item.due) for item in items] == [
        ("Giao Phòng Kinh tế chủ tr", "Phòng Kinh tế", "trước ngày 30/6/2027"),
        ("Giao Ban Quản lý dự án đầ", "Ban Quản lý dự án đầu tư xây dựng huyện", ""),
    ]


def test_an_article_whose_paragraphs_name_no_body_describes_and_is_no_task():
    text = """
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính.
Điều 2. Nhiệm vụ của Tổ công tác:
1. Rà soát các thủ tục hành chính có thời hạn giải quyết dài.
2. Đề xuất phương án đơn giản hóa thủ tục.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    assert decision.recognise(context_of(text)) is None


def test_a_plan_that_is_no_decision_is_left_to_the_prose_layouts():
    text = """
KẾ HOẠCH
1. Phòng Kinh tế chủ trì, phối hợp với các xã tổ chức tiêm phòng, hoàn thành trong tháng 4/2027.
2. Phòng Tài chính - Kế hoạch chủ trì bố trí kinh phí, trình trước ngày 15/3/2027.
"""
    assert decision.recognise(context_of(text)) is None


def test_the_decision_reading_is_the_one_chosen():
    chosen, _answers = best(context_of(DECISION))
    assert chosen.layout == "decision"
    assert len(chosen.items) == 5


def test_an_assigning_sentence_over_lettered_duties_leads_them():
    text = """
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.
Điều 2. Tổ chức thực hiện
1. Giao Phòng Kinh tế và Hạ tầng chủ trì thực hiện các nhiệm vụ sau:
a) Hướng dẫn các doanh nghiệp trong cụm công nghiệp đăng ký xả thải trước ngày 30/9/2027;
b) Tổng hợp tình hình hoạt động của cụm công nghiệp, báo cáo hằng quý.
2. Công an huyện kiểm tra công tác phòng cháy, chữa cháy tại các cụm công nghiệp, hoàn thành trong quý IV năm 2027.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    items = decision.recognise(context_of(text)).items
    assert [(item.content[:20], item.lead, item.due) for item in items] == [
        ("Hướng dẫn các doanh ", "Phòng Kinh tế và Hạ tầng", "trước ngày 30/9/2027"),
        ("Tổng hợp tình hình h", "Phòng Kinh tế và Hạ tầng", "hằng quý"),
        ("Công an huyện kiểm t", "Công an huyện", "trong quý IV năm 2027"),
    ]


# Copied out of a PDF: every line cut near 70 characters, a blank line between the blocks, the
# headings in capitals on lines of their own.
WRAPPED = """
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

QUYẾT ĐỊNH
Về việc phân công các đơn vị thuộc Bộ thực hiện nhiệm vụ trọng tâm
quý IV năm 2027

BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn của Bộ Nông
nghiệp và Môi trường;

QUYẾT ĐỊNH:

Điều 1. Phân công các đơn vị thuộc Bộ thực hiện các nhiệm vụ sau
đây:
1. Vụ Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Bộ rà soát đề án
vị trí việc làm của các đơn vị sự nghiệp công lập trực thuộc;
trình Bộ trưởng trong tháng 11 năm 2027.
2. Cục Thủy lợi hướng dẫn các địa phương vận hành hồ chứa trong mùa
lũ, bảo đảm an toàn công trình; thực hiện thường xuyên.
3. Cục Chăn nuôi tổng hợp số liệu tái đàn sau bão của các tỉnh phía
bắc, báo cáo Bộ trưởng trước ngày 20 tháng 10 năm 2027.
4. Thanh tra Bộ tiến hành thanh tra việc sử dụng kinh phí khuyến nông
tại 04 tỉnh theo Kế hoạch thanh tra năm 2027 đã được phê duyệt.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị có tên tại Điều 1
chịu trách nhiệm thi hành Quyết định này./.
"""


def _blank_lines_kept(text: str):
    """context_of drops no line, but a text reader numbers lines with the blank ones counted."""
    from engine.importing.blocks import blocks_from_lines
    from engine.importing.readers import read_text
    from engine.importing.recognition import Context
    from engine.importing.units import UnitResolver

    document = read_text(text.strip("\n"), "qd.txt")
    document.blocks = blocks_from_lines(document.lines)
    return Context(document, UnitResolver([]))


def test_a_hard_wrapped_decision_is_read_with_its_lines_joined():
    found = decision.recognise(_blank_lines_kept(WRAPPED))
    assert found is not None
    rows = [(item.content[:20], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Vụ Tổ chức cán bộ ch", "Vụ Tổ chức cán bộ", "trong tháng 11 năm 2027"),
        ("Cục Thủy lợi hướng d", "Cục Thủy lợi", "thường xuyên"),
        ("Cục Chăn nuôi tổng h", "Cục Chăn nuôi", "trước ngày 20 tháng 10 năm 2027"),
        ("Thanh tra Bộ tiến hà", "Thanh tra Bộ", "theo Kế hoạch thanh tra năm 2027 đã được phê duyệt"),
    ]
    assert found.items[0].content.endswith("trực thuộc; trình Bộ trưởng trong tháng 11 năm 2027.")
    assert found.items[0].coordinating.startswith("Văn phòng Bộ")


BY_REFERENCE = """
ỦY BAN NHÂN DÂN THỊ TRẤN ĐÔNG KHÊ
QUYẾT ĐỊNH
Phê duyệt nhiệm vụ bảo vệ môi trường năm 2027
QUYẾT ĐỊNH:
Điều 1. Phê duyệt nhiệm vụ bảo vệ môi trường năm 2027 như sau:
1. Nạo vét kênh thoát nước khu phố 3; hoàn thành trước ngày 30/4/2027.
2. Lắp đặt 20 thùng rác công cộng tại chợ thị trấn; thực hiện trong quý II/2027.
3. Ra quân tổng vệ sinh môi trường; định kỳ hằng tháng.
Điều 2. Tổ chức thực hiện
1. Giao Phòng Kinh tế chủ trì thực hiện các nhiệm vụ tại khoản 1 và khoản 3 Điều 1; phối hợp với Ban Quản lý chợ thực hiện khoản 2 Điều 1.
2. Giao Ban Quản lý chợ chủ trì thực hiện nhiệm vụ tại khoản 2 Điều 1.
3. Đoàn Thanh niên thị trấn phối hợp với Phòng Kinh tế thực hiện khoản 3 Điều 1.
4. Phòng Kinh tế tổng hợp kết quả, báo cáo Chủ tịch UBND thị trấn trước ngày 15/12/2027.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_clauses_given_by_reference_are_the_items_led_by_the_body_that_refers_to_them():
    found = decision.recognise(context_of(BY_REFERENCE))
    rows = [(item.ref, item.content[:20], item.lead, item.coordinating, item.due) for item in found.items]
    assert rows == [
        ("Điều 1, 1", "Nạo vét kênh thoát n", "Phòng Kinh tế", "", "trước ngày 30/4/2027"),
        ("Điều 1, 2", "Lắp đặt 20 thùng rác", "Ban Quản lý chợ", "Phòng Kinh tế", "trong quý II/2027"),
        (
            "Điều 1, 3",
            "Ra quân tổng vệ sinh",
            "Phòng Kinh tế",
            "Đoàn Thanh niên thị trấn",
            "định kỳ hằng tháng",
        ),
        ("Điều 2, 4", "Phòng Kinh tế tổng h", "Phòng Kinh tế", "", "trước ngày 15/12/2027"),
    ]
    assert decision._references("Giao Phòng Kinh tế thực hiện khoản 2 Điều 1.") == [(True, 1, [2])]
