# ruff: noqa: E501 — document text is data: long lines.
"""A plan of activities whose points print their day and doer in a closing parenthesis with the time
first (`(ngày 20/3/2027; Ban X phối hợp Hội Y)`, `(quý II/2028; Trung tâm Z chủ trì)`), or a day alone
in a parenthesis closing the activity's sentence (`… tại xã A (ngày 01/3/2027). Giao …`), and a point
beside them whose sentence opens with one named board and its verb; and a PDF whose bare day after a
deadline word is broken onto a line of its own with the parenthesis closing after it (`… (xong
trước` / `20/12).`). (prose_facts `closing_parenthesis`, `_time_first`; prose_tasks `_event_day`,
`_beside_labelled_leads`; outline `_DAY_MONTH_ALONE`; held-out h500 and h505, siblings rs1–rs3.)"""

from engine.importing.blocks import Paragraph
from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import _joined_paragraphs
from engine.importing.layouts.prose_facts import closing_parenthesis
from engine.importing.layouts.prose_tasks import _event_day
from engine.importing.readers import Document
from tests.importing.helpers_blocks import context_of

PLAN = """
HỘI CỰU CHIẾN BINH TỈNH BÌNH ĐỊNH
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội năm 2028
I. MỤC ĐÍCH, YÊU CẦU
Các hoạt động trang trọng, tiết kiệm.
II. NỘI DUNG HOẠT ĐỘNG
1. Hoạt động cấp tỉnh
a) Gặp mặt cựu chiến binh tiêu biểu tại Hội trường tỉnh (ngày 04/12/2028). Giao Ban Tuyên giáo chủ trì, phối hợp Văn phòng tổ chức.
b) Giải bóng chuyền cựu chiến binh toàn tỉnh (ngày 27/11/2028; Ban Tổ chức phối hợp Sở Văn hóa và Thể thao).
c) Trao nhà tình nghĩa cho hội viên khó khăn (quý IV/2028; Ban Chính sách chủ trì).
2. Hoạt động ở cơ sở
- Ban Kiểm tra hướng dẫn Hội Cựu chiến binh các huyện rà soát hội viên (trước ngày 20/11/2028).
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng bảo đảm kinh phí cho các hoạt động cấp tỉnh.
"""


def _by_start(text: str) -> dict[str, object]:
    return {item.content[:20]: item for item in prose_plan.recognise(context_of(text)).items}


def test_a_closing_parenthesis_with_the_time_first_gives_its_body_and_its_day():
    found = closing_parenthesis(
        "Giải bóng chuyền toàn tỉnh (ngày 27/11/2028; Ban Tổ chức phối hợp Sở Văn hóa và Thể thao)."
    )
    assert (found.lead, found.coordinating, found.time) == (
        "Ban Tổ chức",
        "Sở Văn hóa và Thể thao",
        "ngày 27/11/2028",
    )
    found = closing_parenthesis(
        "Trao nhà tình nghĩa cho hội viên khó khăn (quý IV/2028; Ban Chính sách chủ trì)."
    )
    assert (found.lead, found.time) == ("Ban Chính sách", "quý IV/2028")
    # (the body first, as before)
    found = closing_parenthesis("Rà soát hồ sơ hội viên (Ban Kiểm tra; trước ngày 20/11/2028).")
    assert (found.lead, found.time) == ("Ban Kiểm tra", "trước ngày 20/11/2028")


def test_a_parenthesis_of_times_names_no_body():
    assert (
        closing_parenthesis("Tổ chức hội thao truyền thống (ngày 27/11/2028; tuần 4 tháng 11/2028).") is None
    )


def test_a_day_alone_in_a_parenthesis_closing_the_sentence_is_the_activity_day():
    assert _event_day("Gặp mặt tại Hội trường tỉnh (ngày 04/12/2028). Giao Ban X chủ trì.") == "04/12/2028"
    assert _event_day("Tổ chức hội nghị tổng kết tại huyện (ngày 15/12/2028).") == "15/12/2028"
    # a cited document's day is its own, and a day inside the sentence is none
    assert _event_day("Thực hiện Kế hoạch số 12/KH-UBND (ngày 05/01/2028).") == ""
    assert _event_day("Tổ chức hội nghị (ngày 15/12/2028) tại hội trường huyện.") == ""


def test_the_plan_reads_each_activity_day_and_lead():
    items = _by_start(PLAN)
    first = items["Gặp mặt cựu chiến bi"]
    assert (first.lead, first.due) == ("Ban Tuyên giáo", "04/12/2028")
    second = items["Giải bóng chuyền cựu"]
    assert (second.lead, second.coordinating, second.due) == (
        "Ban Tổ chức",
        "Sở Văn hóa và Thể thao",
        "ngày 27/11/2028",
    )
    assert (items["Trao nhà tình nghĩa "].lead, items["Trao nhà tình nghĩa "].due) == (
        "Ban Chính sách",
        "quý IV/2028",
    )


def test_a_point_opening_with_a_board_beside_labelled_activities_is_led_by_it():
    assert _by_start(PLAN)["Ban Kiểm tra hướng d"].lead == "Ban Kiểm tra"


def test_a_point_opening_with_a_board_without_labelled_activities_beside_it_keeps_no_lead():
    plan = PLAN.replace("(ngày 27/11/2028; Ban Tổ chức phối hợp Sở Văn hóa và Thể thao)", "(ngày 27/11/2028)")
    plan = plan.replace("(quý IV/2028; Ban Chính sách chủ trì)", "(quý IV/2028)")
    items = prose_plan.recognise(context_of(plan))
    lead = (
        next((item.lead for item in items.items if item.content.startswith("Ban Kiểm tra")), "")
        if items
        else ""
    )
    assert lead == ""


def _pdf(lines: list[str]) -> Document:
    document = Document(name="t.pdf", kind="pdf", encoding="utf-8")
    document.blocks = [Paragraph(text="\n".join(lines), line=1)]
    return document


def test_a_bare_day_broken_onto_its_own_line_closing_a_parenthesis_joins_its_point():
    joined = _joined_paragraphs(
        _pdf(
            [
                "2.4. Ban Đối ngoại chuẩn bị nội dung thăm, chúc mừng các chức sắc tôn giáo dịp Lễ Giáng sinh (xong trước",
                "20/12).",
                "2.5. Ban Tuyên giáo nắm bắt tình hình tư tưởng của nhân dân, báo cáo định kỳ hằng tháng.",
            ]
        )
    )
    texts = [text for _line, text in joined]
    assert texts[0].endswith("(xong trước 20/12).")
    assert texts[1].startswith("2.5.")
