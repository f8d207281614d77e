"""Shapes taught by h13fixYL (held-out h769, a yearly programme by quarter), each on other text:
roman-numbered quarter headings (`I. QUÝ I`) and a roman-numbered standing-work heading (`V. NHIỆM VỤ
THƯỜNG XUYÊN`) give the due of the tasks under them, and a closing doer in parentheses followed past a
`;` by the task's own time (`… (Văn phòng); trong tháng 02.`) is read as one parenthesis."""

import datetime

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import closing_parenthesis

_PROGRAMME = "\n".join(
    [
        "HỘI NÔNG DÂN HUYỆN BẮC SƠN",
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2030",
        "",
        "Nhiệm vụ không ghi thời gian riêng hoàn thành trong quý:",
        "",
        "I. QUÝ I",
        "- Tổng kết phong trào nông dân sản xuất giỏi năm 2029 (Văn phòng); trong tháng 02.",
        "- Tập huấn kỹ thuật trồng cây ăn quả cho hội viên (Ban Kinh tế).",
        "",
        "II. QUÝ II",
        "- Kiểm tra nguồn vốn Quỹ Hỗ trợ nông dân tại 03 xã (Ban Kiểm tra); xong trước 20/5.",
        "- Tổ chức hội chợ nông sản an toàn cấp huyện (Ban Kinh tế).",
        "",
        "III. NHIỆM VỤ THƯỜNG XUYÊN",
        "- Nắm tình hình tư tưởng hội viên, nông dân (Văn phòng).",
        "",
        "Nơi nhận:",
        "- Lưu: VP.",
    ]
)


def _items():
    result = import_document(_PROGRAMME.encode(), "ctr.txt", units=[], year=2030)
    return [
        (item.content.split(" (")[0], item.lead_text, item.due_date, item.due_text) for item in result.items
    ]


def test_roman_quarter_headings_give_their_end_to_the_tasks_without_a_time_of_their_own():
    items = _items()
    assert items[1] == (
        "Tập huấn kỹ thuật trồng cây ăn quả cho hội viên",
        "Ban Kinh tế",
        datetime.date(2030, 3, 31),
        "QUÝ I",
    )
    assert items[3][1:3] == ("Ban Kinh tế", datetime.date(2030, 6, 30))


def test_a_tasks_own_time_after_its_closing_doer_overrides_the_quarter():
    items = _items()
    assert items[0][1:3] == ("Văn phòng", datetime.date(2030, 2, 28))
    assert items[2][1:3] == ("Ban Kiểm tra", datetime.date(2030, 5, 20))


def test_a_roman_standing_work_heading_makes_its_tasks_ongoing_and_led_by_their_closing_doer():
    items = _items()
    assert len(items) == 5
    assert items[4][0] == "Nắm tình hình tư tưởng hội viên, nông dân"
    assert items[4][1] == "Văn phòng"
    assert items[4][2] is None


def test_the_time_after_the_closing_doer_is_read_with_it():
    closing = closing_parenthesis(
        "Tổng kết phong trào nông dân năm 2029 (Văn phòng Hội); xong trước 15/3.", dated=False
    )
    assert closing is not None and (closing.lead, closing.time) == ("Văn phòng Hội", "trước 15/3")


def test_limit_another_clause_after_the_closing_parenthesis_is_no_time_of_the_doer():
    # a clause with a verb of its own after the `;`: not a time alone, the text stays as printed
    text = "Tổng kết phong trào nông dân năm 2029 (Văn phòng Hội); báo cáo kết quả trước 30/6."
    assert closing_parenthesis(text, dated=False) is None
    # a partner's clause, no time
    assert (
        closing_parenthesis("Tổ chức hội chợ nông sản (Ban Kinh tế); phối hợp Hội Phụ nữ.", dated=False)
        is None
    )


def test_limit_a_roman_heading_naming_more_than_a_period_is_no_period_heading():
    text = "\n".join(
        [
            "KẾ HOẠCH CÔNG TÁC NĂM 2030",
            "",
            "I. NHIỆM VỤ THƯỜNG XUYÊN VÀ ĐỘT XUẤT",
            "- Rà soát hồ sơ hội viên (Văn phòng); trong tháng 02.",
            "- Tập huấn kỹ thuật trồng cây ăn quả cho hội viên (Ban Kinh tế chủ trì).",
        ]
    )
    result = import_document(text.encode(), "kh.txt", units=[], year=2030)
    dues = {item.content.split(" (")[0]: item.due_text for item in result.items}
    assert dues.get("Tập huấn kỹ thuật trồng cây ăn quả cho hội viên") in (None, "")


# ------------------------------------------------------------------ hanging indents in a typed text
def _typed(lines: list[str]) -> list:
    from engine.importing.layouts.outline import paragraphs
    from engine.importing.readers import read_document

    document = read_document("\n".join(lines).encode(), "ctr.txt")
    return [text for _line, text in paragraphs(document)]


_LONG = (
    "- Tổ chức các hoạt động kỷ niệm ngày thành lập Hội Nông dân Việt Nam tại các xã trên địa bàn huyện Bắc"
)


def test_a_line_indented_under_a_full_dashed_point_continues_it_even_opening_with_a_capital():
    texts = _typed(
        ["I. QUÝ I", _LONG, "  Sơn vào ngày 14/10 (Văn phòng).", "- Tập huấn kỹ thuật (Ban Kinh tế)."]
    )
    assert texts[1] == _LONG + " Sơn vào ngày 14/10 (Văn phòng)."
    assert texts[2] == "- Tập huấn kỹ thuật (Ban Kinh tế)."


def test_a_parenthesis_indented_under_a_full_dashed_point_continues_it():
    texts = _typed(["I. QUÝ I", _LONG + " Sơn", "  (Văn phòng)."])
    assert texts[-1].endswith("Bắc Sơn (Văn phòng).")


def test_limit_a_line_not_indented_or_under_a_point_that_ended_its_sentence_stays_apart():
    # no deeper than the dash: a paragraph of its own
    assert _typed(["I. QUÝ I", _LONG, "Sơn vào ngày 14/10."])[-1] == "Sơn vào ngày 14/10."
    # the point ended its sentence: the indented line is another paragraph
    assert _typed(["I. QUÝ I", _LONG + " Sơn.", "  Các xã báo cáo kết quả."])[-1] == "Các xã báo cáo kết quả."
    # a short point did not run out of room
    assert (
        _typed(["I. QUÝ I", "- Tập huấn kỹ thuật", "  Ban Kinh tế thực hiện."])[-1]
        == "Ban Kinh tế thực hiện."
    )
    # a heading in capitals indented under it
    assert _typed(["I. QUÝ I", _LONG, "  II. QUÝ II"])[-1] == "II. QUÝ II"
