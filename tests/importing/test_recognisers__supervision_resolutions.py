"""A council's resolution adopting its supervision programme (`Điều 1` by supervising body, `Điều 2.
Tổ chức thực hiện`): an article's title line is a section; a standing body (`Thường trực …`) opens a
unit's name; a session named by its time of the year is due when the text expects it elsewhere; a
paragraph giving a body several tasks split by `;`, each timed in parentheses, is a task per clause;
`thời gian: thường xuyên` is a standing duty; the organising article's timed duties are led by their
subject and its undated charges to bodies of a kind are no tasks. Texts other than the corpus
documents'."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.event_dues import dated_sessions, resolve_event_dues
from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import outline
from engine.importing.layouts.prose_facts import UNIT_START, due_in
from engine.importing.layouts.prose_tasks import timed_clauses
from engine.importing.model import RawItem
from engine.text import fold
from tests.importing.helpers_blocks import context_of, document_of

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
XÃ PHÚ MỸ
NGHỊ QUYẾT
Về Chương trình giám sát năm 2029 của Hội đồng nhân dân xã Phú Mỹ
QUYẾT NGHỊ:
Điều 1. Nội dung giám sát năm 2029
1. Hội đồng nhân dân xã giám sát tại các kỳ họp
a) Tại kỳ họp thường lệ cuối năm 2029 (dự kiến tháng 12/2029): xem xét báo cáo kết quả phát triển kinh tế - xã hội năm 2029 của Ủy ban nhân dân xã.
2. Thường trực Hội đồng nhân dân xã giám sát
a) Giám sát việc cấp giấy chứng nhận quyền sử dụng đất lần đầu; thời gian: quý III/2029.
b) Giám sát công tác vệ sinh an toàn thực phẩm tại các chợ; thời gian: thường xuyên.
3. Các Ban của Hội đồng nhân dân xã giám sát
a) Ban Kinh tế - Xã hội: giám sát việc quản lý quỹ đất công ích (tháng 5/2029); giám sát việc sử dụng kinh phí sự nghiệp giáo dục (tháng 10/2029).
Điều 2. Tổ chức thực hiện
1. Thường trực Hội đồng nhân dân xã ban hành kế hoạch giám sát chi tiết trước ngày 25/01/2029.
2. Các Ban của Hội đồng nhân dân xã căn cứ Nghị quyết này xây dựng kế hoạch giám sát của Ban.
3. Ủy ban nhân dân xã, các ngành, đoàn thể có trách nhiệm phối hợp với chủ thể giám sát.
4. Thường trực Hội đồng nhân dân xã báo cáo kết quả giám sát tại kỳ họp thường lệ cuối năm 2029.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày thông qua./.
"""


def test_an_article_title_line_is_a_section_of_its_own():
    root = outline(document_of(_RESOLUTION))
    articles = [(node.mark, node.text) for node in root.children if node.kind == "roman"]
    assert articles == [
        ("Điều 1", "Nội dung giám sát năm 2029"),
        ("Điều 2", "Tổ chức thực hiện"),
        ("Điều 3", "Hiệu lực thi hành"),
    ]
    # an article printed as a sentence stays a paragraph
    assert not [
        n
        for n in outline(document_of("Điều 2. Giao Phòng Kinh tế chủ trì thực hiện.\n")).children
        if n.kind == "roman"
    ]


def test_a_standing_body_opens_a_units_name_not_a_person_on_duty():
    for text in (
        "Thường trực Hội đồng nhân dân xã ban hành",
        "Thường trực HĐND phường xây dựng",
        "Thường trực Đảng ủy xã chỉ đạo",
    ):
        assert UNIT_START.match(fold(text)), text
    for text in ("Thường trực: Đ/c Lan", "thường trực tại trụ sở"):
        assert not UNIT_START.match(fold(text)), text


def test_a_time_label_before_a_standing_duty_makes_it_one():
    assert due_in("Kiểm tra các cơ sở kinh doanh; thời gian: thường xuyên.") == "thường xuyên"
    assert due_in("Rà soát hồ sơ trước ngày 10/5/2029; cập nhật thường xuyên.") == "trước ngày 10/5/2029"


def test_a_session_of_the_year_is_due_when_the_text_expects_it():
    texts = ["a) Tại Hội nghị thường niên cuối năm 2029 (dự kiến ngày 20/12/2029): xem xét báo cáo."]
    assert dated_sessions(texts, 2029) == {("cuoi", 2029): "ngày 20/12/2029"}
    items = [
        RawItem(content="Báo cáo tại hội nghị cuối năm 2029.", line=2, due="tại hội nghị cuối năm 2029"),
        RawItem(content="Báo cáo tại hội nghị giữa năm 2029.", line=3, due="tại hội nghị giữa năm 2029"),
    ]
    resolve_event_dues(items, document_of("\n".join([*texts, items[0].content, items[1].content])), 2029)
    assert items[0].due == "ngày 20/12/2029 (tại hội nghị cuối năm 2029)"
    assert items[1].due == "tại hội nghị giữa năm 2029"  # not dated anywhere: for review


def test_clauses_each_timed_in_parentheses_are_tasks_of_their_own():
    assert timed_clauses("Tổ A: kiểm tra kho (quý I/2029); kiểm tra sổ sách (tháng 9/2029).") == [
        "Tổ A: kiểm tra kho (quý I/2029)",
        "kiểm tra sổ sách (tháng 9/2029).",
    ]
    one = "Tổ A: kiểm tra kho; kiểm tra sổ sách (tháng 9/2029)."
    assert timed_clauses(one) == [one]  # one time for both: one task


def test_the_resolutions_items_leads_and_times():
    found = prose_plan.recognise(context_of(_RESOLUTION))
    resolve_event_dues(found.items, document_of(_RESOLUTION), 2029)
    rows = [(item.content[:24], item.lead, item.due) for item in found.items]
    assert rows == [
        (
            "Tại kỳ họp thường lệ cuố",
            "Hội đồng nhân dân xã giám sát tại các kỳ họp",
            "tháng 12/2029 (Tại kỳ họp thường lệ cuối năm 2029)",
        ),
        ("Giám sát việc cấp giấy c", "Thường trực Hội đồng nhân dân xã giám sát", "quý III/2029"),
        ("Giám sát công tác vệ sin", "Thường trực Hội đồng nhân dân xã giám sát", "thường xuyên"),
        ("Ban Kinh tế - Xã hội: gi", "Ban Kinh tế - Xã hội", "tháng 5/2029"),
        ("giám sát việc sử dụng ki", "Ban Kinh tế - Xã hội", "tháng 10/2029"),
        ("Thường trực Hội đồng nhâ", "Thường trực Hội đồng nhân dân xã", "trước ngày 25/01/2029"),
        (
            "Thường trực Hội đồng nhâ",
            "Thường trực Hội đồng nhân dân xã",
            "tháng 12/2029 (tại kỳ họp thường lệ cuối năm 2029)",
        ),
    ]
    assert [item.ref for item in found.items][-2:] == ["Điều 2.1", "Điều 2.4"]
