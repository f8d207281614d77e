"""A Party committee's programme: `I-`/`1-` numbering with hyphens, dash tasks that end in a sentence
naming the lead and the time (`<unit> chủ trì, <unit> phối hợp; thời gian: …`), and a closing section
whose numbered duties are a unit's recurring one or a request to every branch; and a steering
committee's assignments by member (`<n>. Ông/Bà <name> - <post>, <role>:` over that member's
duties), led by the body the post heads; a run-in task whose lead is named in a clause after a
semicolon (`…; <unit> chủ trì, phối hợp <unit>; <time>`). Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import _lead_clause_wrapped, mark_of
from engine.importing.layouts.prose_facts import assignment_in, closing_sentence, due_in, member_heading
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import context_of, document_of

PROGRAMME = """
CHƯƠNG TRÌNH HÀNH ĐỘNG
năm 2028
I- MỤC ĐÍCH, YÊU CẦU
1- Phân công rõ cơ quan chủ trì và thời gian thực hiện.
II- NHIỆM VỤ
1- Công tác tư tưởng
- Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới. Ban Tuyên giáo Đảng ủy chủ trì, Trung tâm Chính trị phối hợp; thời gian: quý II/2028.
- Tổ chức hội thi tìm hiểu lịch sử Đảng bộ xã. Đoàn Thanh niên xã chủ trì, phối hợp với Hội Cựu chiến binh xã; hoàn thành trước ngày 02/9/2028.
2- Công tác dân vận
- Đối thoại với Nhân dân về chỉnh trang khu dân cư. Ủy ban nhân dân xã chủ trì thực hiện; thời gian: tháng 7/2028.
III- TỔ CHỨC THỰC HIỆN
1- Các chi bộ căn cứ Chương trình này xây dựng kế hoạch, gửi về Văn phòng Đảng ủy trước ngày 31/3/2028.
2- Ban Xây dựng Đảng Đảng ủy theo dõi, đôn đốc; định kỳ 6 tháng báo cáo Ban Thường vụ.
3- Chương trình này được quán triệt đến đảng viên.
"""


def test_hyphen_numbering_and_closing_sentences_give_the_lead_and_time():
    found = prose_plan.recognise(context_of(PROGRAMME))
    got = [
        (" ".join(item.content.split()[:2]), item.lead, item.coordinating, item.due) for item in found.items
    ]
    assert got == [
        ("Mở lớp", "Ban Tuyên giáo Đảng ủy", "Trung tâm Chính trị", "quý II/2028"),
        ("Tổ chức", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "trước ngày 02/9/2028"),
        ("Đối thoại", "Ủy ban nhân dân xã", "", "tháng 7/2028"),
        ("Các chi", "", "", "trước ngày 31/3/2028"),
        ("Ban Xây", "Ban Xây dựng Đảng Đảng ủy", "", "định kỳ 6 tháng"),
    ]  # the aims (I) and the dissemination sentence (III-3) are no tasks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I- MỤC ĐÍCH, YÊU CẦU", ("roman", "I", "MỤC ĐÍCH, YÊU CẦU")),
        ("2- Văn phòng theo dõi", ("number", "2", "Văn phòng theo dõi")),
        ("20 - 30 người tham dự", None),  # a range, not a mark
    ],
)
def test_a_hyphen_after_a_number_is_a_mark(text, expected):
    assert mark_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rà soát quy hoạch cấp ủy. Ban Tổ chức chủ trì, phối hợp Văn phòng; thời gian: tháng 9/2026.",
            ("Ban Tổ chức", "Văn phòng", "thời gian: tháng 9/2026"),
        ),
        ("Lát gạch 3 tuyến đường. Ủy ban nhân dân xã chủ trì thực hiện.", ("Ủy ban nhân dân xã", "", "")),
        # one sentence, or a last sentence that opens with no body and `chủ trì`: none
        ("Ban Tổ chức chủ trì rà soát quy hoạch; thời gian: tháng 9/2026.", None),
        ("Rà soát quy hoạch. Hoàn thành trong tháng 9/2026.", None),
        # a last sentence of a body that carries the task out, its time already taken off as the due
        ("Kiểm kê tài sản cuối năm. Phòng Tài chính thực hiện;", ("Phòng Tài chính", "", "")),
        # no sentence, but a clause after a semicolon opens with the body and `chủ trì`/`thực hiện`
        (
            "Sửa chữa 3 phòng học xuống cấp; Phòng Giáo dục chủ trì, phối hợp Ban Quản lý dự án; trước 30/7/2027.",
            ("Phòng Giáo dục", "Ban Quản lý dự án", "trước 30/7/2027"),
        ),
        (
            "In tờ rơi song ngữ; Trung tâm Văn hóa thực hiện, phối hợp Hội Nông dân xã; thời gian: quý IV/2027.",
            ("Trung tâm Văn hóa", "Hội Nông dân xã", "quý IV/2027"),
        ),
        # a clause whose body carries the task out before its own time and nothing else
        (
            "Cấp mã số vùng trồng cho các hợp tác xã; Chi cục Trồng trọt thực hiện thường xuyên.",
            ("Chi cục Trồng trọt", "", "thường xuyên"),
        ),
        (
            "Sửa chữa 3 phòng học xuống cấp; Ban Quản lý dự án thực hiện trong quý III/2027.",
            ("Ban Quản lý dự án", "", "trong quý III/2027"),
        ),
        # a span's start before its end is still the time alone (due on the end)
        (
            "Nạo vét kênh tiêu nội đồng phía bắc xã; Trạm Thủy nông Đông Hòa thực hiện từ tháng 11/2027"
            " đến tháng 01/2028.",
            ("Trạm Thủy nông Đông Hòa", "", "từ tháng 11/2027 đến tháng 01/2028"),
        ),
        # … but not where an act follows `thực hiện` (the clause is a second task, not a closing),
        # nor other words before the time's end
        ("Sửa chữa 3 phòng học xuống cấp; Phòng Giáo dục thực hiện kiểm tra trong tháng 5/2027.", None),
        (
            "Mua sắm bàn ghế cho 6 phòng học; Phòng Tài chính thực hiện từ nguồn dự phòng đến tháng 4/2028.",
            None,
        ),
        # `chủ trì` already named before the clause, or a clause that opens with no body: none
        ("Phòng Y tế chủ trì tiêm chủng; Trạm Y tế xã thực hiện, phối hợp Công an xã;", None),
        ("Sửa chữa 3 phòng học xuống cấp; kinh phí từ ngân sách xã chủ trì cấp;", None),
    ],
)
def test_closing_sentence(text, expected):
    found = closing_sentence(text)
    assert (found and (found.lead, found.coordinating, found.time)) == expected


def test_a_verb_printed_with_a_capital_is_part_of_a_bodys_name():
    assert assignment_in("Ban Chỉ đạo 389 xã chủ trì kiểm tra").lead == "Ban Chỉ đạo 389 xã"
    assert assignment_in("Ban Xây dựng Đảng theo dõi, đôn đốc").lead == "Ban Xây dựng Đảng"
    assert assignment_in("Phòng Kinh tế tổ chức kiểm tra").lead == "Phòng Kinh tế"


MEMBERS = """
BẢNG PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO
phòng, chống thiên tai năm 2028
1. Ông Hà Văn Nam - Chủ tịch UBND xã, Trưởng Ban:
Phụ trách chung, chỉ đạo toàn diện hoạt động của Ban Chỉ đạo;
chủ trì các cuộc họp.
2. Bà Vũ Thị Lệ - Trưởng Trạm Y tế xã, Phó Trưởng Ban:
- Chuẩn bị cơ số thuốc, vật tư y tế trước ngày 31/5/2028.
- Bố trí tổ cấp cứu lưu động khi có mưa lũ.
3. Ông Lò Văn Hưng - Chỉ huy trưởng Ban Chỉ huy Quân sự xã, Ủy viên:
Tổ chức diễn tập sơ tán dân đợt 1 (tháng 5/2028) và đợt 2 (tháng 9/2028) tại các thôn ven sông và khu vực
Ngòi Lạt, bảo đảm an toàn.
4. Ông Sầm Văn Tú - Công chức Địa chính - Xây dựng, Ủy viên kiêm Thư ký:
Tổng hợp tình hình thiệt hại, báo cáo Trưởng Ban hằng tuần trong mùa mưa.
Các thành viên Ban Chỉ đạo chịu trách nhiệm trước Trưởng Ban về nhiệm vụ được phân công./.
"""


def test_assignments_by_member_are_led_by_the_body_the_post_heads():
    found = prose_plan.recognise(context_of(MEMBERS))
    got = [(" ".join(item.content.split()[:2]), item.lead, due_in(item.content)) for item in found.items]
    assert got == [
        ("Chuẩn bị", "Trạm Y tế xã", "trước ngày 31/5/2028"),
        ("Bố trí", "Trạm Y tế xã", "khi có mưa lũ"),
        ("Tổ chức", "Ban Chỉ huy Quân sự xã", "tháng 9/2028"),
        ("Tổng hợp", "Công chức Địa chính - Xây dựng", "hằng tuần"),
    ]  # the chairman's general charge and the closing sentence to every member are no tasks
    assert found.items[2].content.endswith("bảo đảm an toàn.")  # a line opening with a capital continues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Lê Thị Hoa - Phó Chủ tịch UBND phường, Phó Trưởng Ban:", "UBND phường"),
        ("Ông Đinh Công Lý - Hiệu trưởng Trường Tiểu học Kim Đồng, Ủy viên:", "Trường Tiểu học Kim Đồng"),
        ("Ông Mai Văn Tư - Công chức Tư pháp - Hộ tịch, Ủy viên:", "Công chức Tư pháp - Hộ tịch"),
        ("Sở Y tế:", ""),  # a unit's heading, not a member
        ("Ông Tư - Phó Chủ tịch UBND phường phát biểu tại hội nghị", ""),  # no colon: no heading
    ],
)
def test_member_heading(text, expected):
    assert member_heading(text) == expected


ARTICLE = """
Tỉnh chỉ đạo phòng, chống rét cho cây trồng, vật nuôi
Cập nhật: 10/01/2028
Chiều 09/01, Chủ tịch UBND tỉnh ký công văn chỉ đạo phòng, chống rét đậm, rét hại.
Theo Trung tâm Khí tượng, đợt rét kéo dài đến ngày 20/01/2028; nhiệt độ vùng núi có nơi dưới 5 độ C.
Để bảo vệ đàn gia súc, Chủ tịch UBND tỉnh yêu cầu Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với UBND các huyện hướng dẫn người dân che chắn chuồng trại, báo cáo trước ngày 25/01/2028.
Sở Y tế khẩn trương bố trí giường bệnh cho người cao tuổi, sẵn sàng tiếp nhận từ ngày 12/01/2028; Đài Phát thanh và Truyền hình tỉnh cập nhật bản tin thời tiết hằng ngày.
Đối với Sở Giáo dục và Đào tạo, Chủ tịch UBND tỉnh đề nghị cho học sinh mầm non nghỉ học khi nhiệt độ dưới 10 độ C.
"Không để gia súc chết vì rét; Sở Nông nghiệp phải theo dõi từng ngày", Chủ tịch UBND tỉnh nhấn mạnh.
UBND tỉnh giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.
"""


def test_assignments_retold_in_running_prose_are_items_split_at_clauses():
    from engine.importing.layouts import retold

    found = retold.recognise(context_of(ARTICLE))
    got = [(" ".join(item.content.split()[:3]), item.lead, item.due) for item in found.items]
    assert got == [
        ("Chi cục Chăn", "Chi cục Chăn nuôi và Thú y", "trước ngày 25/01/2028"),
        ("Sở Y tế", "Sở Y tế", "từ ngày 12/01/2028"),  # no deadline: the day it is in place from
        ("Đài Phát thanh", "Đài Phát thanh và Truyền hình tỉnh", "hằng ngày"),
        ("cho học sinh", "Sở Giáo dục và Đào tạo", ""),
        ("Văn phòng UBND", "Văn phòng UBND tỉnh", ""),
    ]  # the title, the chairman's own act, the forecast and the quotation are no items
    assert all("guessed" in item.reasons for item in found.items)


def test_a_body_whose_name_ends_at_its_level_and_opens_something_is_given_the_action():
    """The name ends at its administrative level (`… huyện`) and `mở` with what it opens is the
    verb; `mô hình` (folded `mo hinh`) is no verb."""
    from engine.importing.layouts import retold

    item = retold._item_of(
        "Đài Truyền thanh huyện mở chuyên mục hỏi đáp về bảo hiểm, phát sóng hằng tuần.", 1
    )
    assert item is not None and item.lead == "Đài Truyền thanh huyện"
    assert retold._item_of("Trung tâm Khuyến nông huyện mô hình trồng nấm đạt kết quả tốt.", 1) is None


# A plan's text layer as a PDF gives it: a task's lead clause after `;` begins a line of its own.
WRAPPED_LEAD_CLAUSE = """
KẾ HOẠCH
Triển khai chuyển đổi số trong ngành giáo dục huyện năm 2031
I. NHIỆM VỤ
1.1. Số hóa hồ sơ học bạ của học sinh tiểu học, trung học cơ sở trên địa bàn
huyện, bảo đảm kết nối với cơ sở dữ liệu ngành;
Tổ Công nghệ thông tin chủ trì, định kỳ 3 tháng báo cáo Trưởng phòng.
1.2. Bồi dưỡng kỹ năng số cho giáo viên các trường mầm non trên địa bàn huyện;
Tổ Chuyên môn mầm non chủ trì, phối hợp các trường; thời gian: tháng 8/2031.
1.3. Rà soát thiết bị dạy học trực tuyến của các trường học trên địa bàn;
Các trường báo cáo số liệu về Phòng.
1.4. Cập nhật phần mềm quản lý trường học cho toàn bộ các trường tiểu học
và trung học cơ sở; Tổ Công nghệ thông tin thực hiện; thời gian: quý III/2031.
"""


def test_a_lead_clause_on_a_pdf_line_of_its_own_continues_its_task():
    document = document_of(WRAPPED_LEAD_CLAUSE, name="kh.pdf")
    document.kind = "pdf"
    found = prose_plan.recognise(Context(document, UnitResolver([])))
    got = [(" ".join(item.content.split()[:2]), item.lead, item.due) for item in found.items]
    assert got[:2] == [
        ("Số hóa", "Tổ Công nghệ thông tin", "định kỳ 3 tháng"),
        ("Bồi dưỡng", "Tổ Chuyên môn mầm non", "tháng 8/2031"),
    ]
    # a line that opens with no body's lead clause (`Các trường báo cáo …`) stays a paragraph apart
    assert found.items[2].content == "Rà soát thiết bị dạy học trực tuyến của các trường học trên địa bàn;"
    assert _lead_clause_wrapped("… trên địa bàn;", "Tổ Chuyên môn mầm non chủ trì, phối hợp các trường.", 80)
    assert not _lead_clause_wrapped("… trên địa bàn;", "Các trường báo cáo số liệu về Phòng.", 80)
    assert not _lead_clause_wrapped("… trên địa bàn;", "Tổ Chuyên môn mầm non chủ trì.", 0)  # not a PDF
    assert not _lead_clause_wrapped("… trên địa bàn.", "Tổ Chuyên môn mầm non chủ trì.", 80)


def test_a_retold_clause_keeps_its_asking_word_and_reads_a_body_set_apart_or_with_its_section():
    """`Đề nghị <body> …` keeps its asking word in the item's text; `<body> (<section>) <verb>` and
    `Riêng <body> đề nghị <verb>` are given the action, the text from the clause's start."""
    from engine.importing.layouts import retold

    asked = retold._item_of("Đề nghị Hạt Kiểm lâm huyện tăng cường tuần tra rừng phòng hộ đầu nguồn.", 1)
    assert asked.content.startswith("Đề nghị Hạt Kiểm lâm") and asked.lead == "Hạt Kiểm lâm huyện"
    section = retold._item_of("Phòng Tư pháp (bộ phận Hộ tịch) rà soát sổ đăng ký khai sinh năm 2026.", 1)
    assert section is not None and section.lead == "Phòng Tư pháp"
    apart = retold._item_of("Riêng Ban Quản lý chợ Nam đề nghị kiểm tra hệ thống phòng cháy trước 30/9.", 1)
    assert apart is not None and apart.content.startswith("Riêng Ban Quản lý chợ Nam")
    assert apart.lead == "Ban Quản lý chợ Nam" and apart.due == "trước 30/9"
