"""A plan whose tasks section has numbered topic titles (`1. Công tác tuyên truyền`: headings, no items)
over one paragraph or over a) and b), each duty opening with its doer: where nearly all of the section's
duties open so, each is led by the body it opens with — or by the shorter name the document defined for
a body (`(sau đây gọi là Tổ cơ động)`), which build gives its full name (prose_tasks
`_among_topic_duties`, `_goes_by_opening`; held-out h669, siblings ve1, ve2). Also: a body's name may
join two places by a dash (`Trạm … liên xã Tà Sa - Nà Pò`), and a short form of capitals spelling the
words right before it is a term, not the body named before them (`… về phòng cháy, chữa cháy rừng
(PCCCR)`). Limits: a section of unassigned paragraphs with a body or two among them is no such list."""

from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import outline, walk
from engine.importing.layouts.prose_tasks import _among_topic_duties, _subject_doer_or_opening, legend_of
from tests.importing.helpers_blocks import context_of, document_of

PLAN = """
KẾ HOẠCH
Phòng, chống lụt bão năm 2029
Thực hiện Kế hoạch số 5/KH-UBND của UBND huyện về phòng chống thiên tai (PCTT), Trạm xây dựng Kế hoạch.
I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra.
II. NHIỆM VỤ
1. Công tác chuẩn bị
Đội Cứu hộ thủy lợi và đê điều (sau đây gọi là Đội cứu hộ) rà soát phương án hộ đê, xong trước 30/5/2029.
2. Trực ban
a) Đội cứu hộ tổ chức trực 24/24 giờ trong mùa mưa bão, từ tháng 6/2029 đến hết tháng 10/2029.
b) Tổ Kỹ thuật cập nhật mực nước các sông trên địa bàn; thực hiện hằng ngày.
3. Vật tư
Bộ phận Hành chính lập dự toán mua bao tải, rọ thép bổ sung trước ngày 15/5/2029.
4. Kiểm tra
a) Đội cứu hộ chủ trì, phối hợp Công an huyện kiểm tra các cống xung yếu vào tháng 7/2029.
b) Trạm Thủy nông liên xã Đông Hà - Tây Sơn kiểm tra việc vận hành cống; thực hiện thường xuyên.
"""

# Topic titles over paragraphs that mostly assign no one: no list of bodies' duties.
FEW = """
KẾ HOẠCH
Công tác năm 2029
II. NHIỆM VỤ
1. Công tác tuyên truyền
Tăng cường tuyên truyền về phòng, chống thiên tai trên các phương tiện thông tin.
2. Công tác kiểm tra
Rà soát, bổ sung phương án phòng, chống thiên tai tại các xã trước ngày 30/5/2029.
3. Vật tư
Bộ phận Hành chính lập dự toán mua bao tải, rọ thép bổ sung trước ngày 15/5/2029.
4. Diễn tập
Nâng cao chất lượng diễn tập phòng, chống thiên tai tại các xã vùng trũng.
"""


def _by_start(text: str) -> dict[str, object]:
    recognised = prose_plan.recognise(context_of(text))
    return {item.content[:20]: item for item in recognised.items} if recognised else {}


def test_duties_under_topic_titles_are_led_by_the_body_they_open_with():
    items = _by_start(PLAN)
    assert items["Đội Cứu hộ thủy lợi "].lead == "Đội Cứu hộ thủy lợi và đê điều"
    assert items["Tổ Kỹ thuật cập nhật"].lead == "Tổ Kỹ thuật"
    assert items["Bộ phận Hành chính l"].lead == "Bộ phận Hành chính"
    # the topic titles are no items
    assert not any(start.startswith(("Công tác chuẩn", "Trực ban", "Vật tư")) for start in items)


def test_a_shorter_name_the_document_defined_leads_its_points():
    items = _by_start(PLAN)
    # (read as printed here; build gives it the full name: units.name_defined_leads)
    assert items["Đội cứu hộ tổ chức t"].lead == "Đội cứu hộ"
    assert items["Đội cứu hộ chủ trì, "].lead == "Đội cứu hộ"


def test_a_name_joining_two_places_by_a_dash_is_read_whole():
    assert _subject_doer_or_opening(
        "Trạm Thủy nông liên xã Đông Hà - Tây Sơn kiểm tra việc vận hành cống; thực hiện thường xuyên."
    ).lead == ("Trạm Thủy nông liên xã Đông Hà - Tây Sơn")
    # (a field in lower case after the dash, as before)
    assert _subject_doer_or_opening("Khoa Hồi sức tích cực - Chống độc kiểm tra hồ sơ bệnh án.").lead == (
        "Khoa Hồi sức tích cực - Chống độc"
    )


def test_a_short_form_spelling_the_words_before_it_is_a_term():
    legend = legend_of(outline(document_of(PLAN)))
    assert "PCTT" not in legend
    # (a body's own short form, as before)
    text = "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Ban Quản lý dự án đầu tư xây dựng (Ban QLDA) rà soát hồ sơ."
    assert legend_of(outline(document_of(text))).get("Ban QLDA", "").startswith("Ban Quản lý dự án")


def _nodes(text: str) -> list:
    return [node for node in walk(outline(document_of(text))) if node.kind in ("number", "letter")]


def test_limit_a_section_where_few_duties_open_with_a_body_is_no_such_list():
    assert not any(_among_topic_duties(node) for node in _nodes(FEW))
    # (the plan's own duties, for contrast)
    assert any(_among_topic_duties(node) for node in _nodes(PLAN))
