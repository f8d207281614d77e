"""A numbered activity whose dash lines print its setting among its labelled fields (`- Địa điểm: …`,
`- Thành phần: …`, `- Hình thức: …` beside `- Thời gian: …` and `- Đơn vị thực hiện: …`: fields, no
sub-task), or a line under any other short label beside its lead or its time (`- Số lượng: …`, `- Mục
tiêu: …`: a field too, unless the label is a unit's name or the value opens with a task's verb); a board named with an accented `giáo` (`Ban Tôn giáo`, `Ban Tuyên giáo`), which is no verb
`giao`; a unit named with `Y - Dược`; a closing report opened by joined rounds (`Định kỳ quý và năm,
…`), which recurs though it prints its rounds' days; every station of a kind (`Các trạm …`); and the
Youth Union of every commune (`Đoàn các xã …`). Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import pytest

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    UNIT_START,
    assignment_in,
    doer_labelled,
    labelled_fields,
    reports_results,
)
from engine.importing.recognisers import closing_requests
from engine.text import fold

from .helpers_blocks import BlocksDocument, context_of, table_of

ACTIVITIES = """
KẾ HOẠCH
Tổ chức Tuần lễ học tập suốt đời năm 2029
I. MỤC ĐÍCH, YÊU CẦU
1. Lan tỏa tinh thần học tập trong cán bộ, hội viên.
II. CÁC HOẠT ĐỘNG
1. Khai mạc Tuần lễ học tập suốt đời cấp huyện
- Thời gian: ngày 02/10/2029.
- Địa điểm: Hội trường Trung tâm Văn hóa huyện.
- Đơn vị thực hiện: Ban Tôn giáo Hội Nông dân huyện chủ trì, phối hợp Phòng Giáo dục và Đào tạo.
2. Trưng bày sách, báo về nông nghiệp sạch
- Hình thức: trưng bày kết hợp giới thiệu sách điện tử.
- Thời gian: từ ngày 03/10/2029 đến ngày 06/10/2029.
- Đơn vị thực hiện: Thư viện huyện.
3. Tọa đàm "Nông dân học nghề trực tuyến"
- Thời gian: ngày 05/10/2029.
- Thành phần: 80 hội viên tiêu biểu các xã.
- Quy mô: 01 buổi.
- Đơn vị thực hiện: Trung tâm Giáo dục nghề nghiệp huyện.
III. KINH PHÍ
Từ nguồn ngân sách huyện.
Nơi nhận:
- Lưu: VT.
"""


def test_setting_lines_among_an_activitys_fields_are_fields_not_sub_tasks():
    found = prose_plan.recognise(context_of(ACTIVITIES))
    rows = [(item.content.split(" ")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Khai", "Ban Tôn giáo Hội Nông dân huyện", "ngày 02/10/2029"),
        ("Trưng", "Thư viện huyện", "từ ngày 03/10/2029 đến ngày 06/10/2029"),
        ("Tọa", "Trung tâm Giáo dục nghề nghiệp huyện", "ngày 05/10/2029"),
    ]


def test_a_place_line_with_no_field_beside_it_is_read_as_before():
    # `- Địa điểm: …` over plain dash lines, with no labelled field under the task: not its field
    text = """
KẾ HOẠCH
II. NHIỆM VỤ
1. Rà soát các điểm sinh hoạt cộng đồng
- Địa điểm: các thôn vùng cao.
- Phòng Văn hóa huyện lập danh sách trước ngày 10/10/2029.
Nơi nhận:
- Lưu: VT.
"""
    found = prose_plan.recognise(context_of(text))
    assert found is None or not any(item.content.startswith("Rà soát") for item in found.items)


def test_an_accented_giao_is_a_word_of_the_boards_name_not_the_verb():
    fields = labelled_fields(
        "Đơn vị thực hiện: Ban Tuyên giáo Huyện ủy chủ trì, phối hợp Văn phòng Huyện ủy."
    )
    assert fields["lead"] == "Ban Tuyên giáo Huyện ủy"
    assert fields["coordinating"] == "Văn phòng Huyện ủy"
    # the verb still hands the task over: `UBND huyện giao Phòng Nội vụ chủ trì`
    assert (
        labelled_fields("Đơn vị thực hiện: UBND huyện giao Phòng Nội vụ chủ trì, phối hợp Công an huyện.")[
            "lead"
        ]
        == "Phòng Nội vụ"
    )


def test_pharmacy_after_a_dash_is_part_of_a_units_name():
    assigned = assignment_in(
        "Phòng Y - Dược cổ truyền là đầu mối, tổng hợp kết quả báo cáo Sở trước ngày 10/12/2029."
    )
    assert assigned.lead == "Phòng Y - Dược cổ truyền"
    # the verb `được` after a dash, in lower case, ends the name
    assert assignment_in("Phòng Y tế - được giao chủ trì, tổng hợp báo cáo.").lead == "Phòng Y tế"


def _appendix_plan(*closing: str) -> BlocksDocument:
    appendix = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Phun hóa chất diệt muỗi", "Khoa Kiểm soát bệnh tật", "Tháng 7/2029"],
        ]
    )
    appendix.row_lines = [30, 31]
    blocks = [
        Paragraph("IV. TỔ CHỨC THỰC HIỆN", line=10),
        *(Paragraph(text, line=11 + index) for index, text in enumerate(closing)),
        Paragraph("Nơi nhận:", line=20),
        Paragraph("PHỤ LỤC", line=25),
        appendix,
    ]
    return BlocksDocument(blocks)


def test_a_report_opened_by_joined_rounds_recurs_though_it_prints_each_rounds_day():
    found = closing_requests(
        _appendix_plan(
            "1. Định kỳ 6 tháng và năm, các khoa báo cáo kết quả thực hiện về Phòng Kế hoạch trước ngày 15/6/2029 và ngày 15/12/2029."
        ),
        taken={31},
    )
    assert [item.content[:30] for item in found] == ["1. Định kỳ 6 tháng và năm, các"]
    assert parse_due(found[0].due, year=2029).recurrence == "half_yearly"


def test_rounds_joined_by_a_comma_open_a_report_too():
    found = closing_requests(
        _appendix_plan(
            "2. Hằng quý, năm, các phòng báo cáo kết quả về Văn phòng trước ngày 20 của tháng cuối quý."
        ),
        taken={31},
    )
    assert len(found) == 1
    assert parse_due(found[0].due, year=2029).recurrence == "quarterly"


def test_every_station_of_a_kind_is_every_unit():
    assert EVERY_UNIT.match(fold("Các trạm y tế xã xây dựng kế hoạch"))
    assert EVERY_UNIT.match(fold("Các trạm khuyến nông báo cáo"))


LABELLED_EXTRAS = """
KẾ HOẠCH
Phát triển thư viện cộng đồng năm 2029
II. CÁC HOẠT ĐỘNG
1. Xây dựng tủ sách pháp luật tại nhà văn hóa các thôn
- Quy định áp dụng: Thông tư số 15 của Bộ
- Thời gian: Quý II/2029
- Đơn vị chủ trì: Phòng Văn hóa - Thông tin huyện
- Số lượng: 24 tủ sách
2. Tổ chức Ngày hội đọc sách cho học sinh tiểu học
- Thời gian: Tháng 4/2029
- Mục tiêu: 90% trường tiểu học tham gia
- Đơn vị chủ trì: Thư viện huyện
3. Luân chuyển sách giữa các điểm đọc
- Tiêu chí: mỗi điểm đọc ít nhất 200 đầu sách
- Đơn vị chủ trì: Trung tâm Văn hóa huyện
- Thời gian: Hằng quý
Nơi nhận:
- Lưu: VT.
"""


def test_lines_under_labels_no_role_reads_beside_an_activitys_lead_and_time_are_fields():
    # before the time (the next line names it), between the fields, after them; `Quy định`, `Số`
    # fold as `Quỹ`, `Sở` do, but name no unit
    found = prose_plan.recognise(context_of(LABELLED_EXTRAS))
    rows = [(item.content.split(" ")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Xây", "Phòng Văn hóa - Thông tin huyện", "Quý II/2029"),
        ("Tổ", "Thư viện huyện", "Tháng 4/2029"),
        ("Luân", "Trung tâm Văn hóa huyện", "Hằng quý"),
    ]


def test_a_units_label_or_a_verb_after_the_label_stays_a_task_of_its_own():
    text = """
KẾ HOẠCH
II. CÁC HOẠT ĐỘNG
1. Tuyên truyền phòng, chống dịch bệnh mùa mưa
- Đơn vị chủ trì: Trung tâm Y tế huyện
- Thời gian: Tháng 6/2029
- Phòng Y tế: tham mưu UBND huyện kiểm tra các cơ sở trước ngày 30/6/2029
- Truyền thông: tổ chức 05 buổi nói chuyện tại các trường học trước ngày 20/6/2029
Nơi nhận:
- Lưu: VT.
"""
    found = prose_plan.recognise(context_of(text))
    rows = [(item.content.split(":")[0], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Phòng Y tế", "Phòng Y tế", "trước ngày 30/6/2029"),
        ("Truyền thông", "Trung tâm Y tế huyện", "trước ngày 20/6/2029"),
    ]


def test_a_short_label_with_no_lead_or_time_beside_it_is_read_as_before():
    text = """
KẾ HOẠCH
II. NHIỆM VỤ
1. Rà soát hộ nghèo, hộ cận nghèo
- Số lượng: toàn bộ các thôn
- Phòng Lao động - Thương binh và Xã hội tổng hợp trước ngày 15/11/2029.
Nơi nhận:
- Lưu: VT.
"""
    found = prose_plan.recognise(context_of(text))
    assert found is None or not any(item.content.startswith("Rà soát") for item in found.items)


def test_the_youth_union_of_every_commune_is_a_unit_not_a_delegation():
    assert UNIT_START.match(fold("Đoàn các xã, thị trấn báo cáo kết quả"))
    assert UNIT_START.match(fold("Đoàn các trường học tổ chức"))
    assert not UNIT_START.match(fold("Đoàn kiểm tra làm việc với các xã"))
    assert not UNIT_START.match(fold("Đoàn công tác của tỉnh"))


# A task's doer printed under a bare label on a line of its own below it (h680, wb1–wb3;
# prose_facts.doer_labelled): `- Thực hiện: Tổ Thu thập.` leads that task only.
DOER_LINES = """
KẾ HOẠCH
Thu thập và chỉnh lý tài liệu năm 2029
II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
1. Thu thập tài liệu hết thời hạn bảo quản tại lưu trữ cơ quan của 06 cơ quan.
- Thực hiện: Tổ Thu thập.
- Thời gian: Quý II/2029.
2. Chỉnh lý tài liệu Phông Ủy ban nhân dân huyện giai đoạn 1991 - 2000.
- Thực hiện: Tổ Chỉnh lý, phối hợp với Tổ Thu thập.
- Thời gian: tháng 10/2029.
3. Lập hồ sơ đề nghị hủy tài liệu hết giá trị.
- Chịu trách nhiệm: Nhóm Thẩm định.
4. Kiểm tra nghiệp vụ lưu trữ tại các xã.
- Thực hiện: Nguyễn Văn An.
- Thời gian: tháng 11/2029.
5. Số hóa tài liệu có giá trị sử dụng cao.
- Thời gian: thường xuyên.
Nơi nhận:
- Lưu: VT.
"""


def test_a_doer_under_a_bare_label_below_a_task_leads_that_task_only():
    found = prose_plan.recognise(context_of(DOER_LINES))
    rows = [(item.content.split(" ")[0], item.lead, item.coordinating, item.due) for item in found.items]
    assert rows == [
        ("Thu", "Tổ Thu thập", "", "Quý II/2029"),
        # the partner after the doer takes part, the doer leads
        ("Chỉnh", "Tổ Chỉnh lý", "Tổ Thu thập", "tháng 10/2029"),
        # a doer line with no time line beside it is still the task's field, no sub-task
        ("Lập", "Nhóm Thẩm định", "", ""),
        # a person under the bare label leads nothing (nor is the line a task)
        ("Kiểm", "", "", "tháng 11/2029"),
        # the doer above is its own task's, not this one's
        ("Số", "", "", "thường xuyên"),
    ]


def test_a_bare_doer_label_reads_as_the_holders_field():
    assert doer_labelled("Thực hiện: Tổ Thu thập.") == "Đơn vị thực hiện: Tổ Thu thập."
    assert labelled_fields("Thực hiện: Tổ Chỉnh lý, phối hợp Tổ Thu thập.") == {
        "lead": "Tổ Chỉnh lý",
        "coordinating": "Tổ Thu thập",
    }
    assert labelled_fields("Chịu trách nhiệm: Đội Quản lý thị trường số 2.") == {
        "lead": "Đội Quản lý thị trường số 2"
    }
    assert labelled_fields("Trách nhiệm thực hiện: Bộ phận Bổ sung - Biên mục.") == {
        "lead": "Bộ phận Bổ sung - Biên mục"
    }
    # the fields after it on the same line are read as before
    assert labelled_fields("Thực hiện: Phòng Kế hoạch - Tài chính; Thời gian: Quý II/2027.") == {
        "lead": "Phòng Kế hoạch - Tài chính",
        "due": "Quý II/2027",
    }
    # a holder's label is left to FIELD_LABEL as before
    assert doer_labelled("Đơn vị thực hiện: Tổ Thu thập.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Thực hiện: Nguyễn Văn An.",  # a person
        "Thực hiện: đ/c Lò Thị Hạnh.",
        "Thực hiện: Kế hoạch số 12/KH-UBND ngày 03/02/2027 của UBND tỉnh.",  # a basis
        "Thực hiện: Công tác thu thập tài liệu.",  # a topic
        "Thực hiện: Tổ chức hội nghị tập huấn.",  # the verb `tổ chức`, no team
        "Thực hiện: Phòng, chống dịch bệnh.",  # the verb `phòng`, no office
        "Thực hiện: Ban hành quy chế.",
        "THỰC HIỆN: PHÒNG HÀNH CHÍNH - TỔNG HỢP",  # a heading in capitals
        "Thực hiện: Tổ Thu thập hướng dẫn các cơ quan nộp lưu.",  # a sentence, no field
        "Thực hiện: phối hợp với Tổ Số hóa.",  # partners only
        "Thực hiện nhiệm vụ chuyên môn: Tổ Thu thập.",  # no bare label
    ],
)
def test_a_bare_doer_label_takes_no_person_topic_heading_sentence_or_partners(line):
    assert doer_labelled(line) is None
    assert not (labelled_fields(line) or {}).get("lead")


def test_a_partners_line_of_its_own_takes_part_and_leads_nothing():
    assert labelled_fields("Phối hợp: Khoa Hồi sức tích cực - Chống độc.") == {
        "coordinating": "Khoa Hồi sức tích cực - Chống độc"
    }


def test_every_team_of_a_kind_is_every_unit_but_not_those_dealt_with():
    assert EVERY_UNIT.match(fold("Các Đội Quản lý thị trường báo cáo kết quả"))
    assert EVERY_UNIT.match(fold("Các đội dân phòng"))
    for text in ("Các đối tượng kiểm tra", "Các đối tác", "Các đội ngũ giáo viên"):
        assert not EVERY_UNIT.match(fold(text))


def test_a_due_label_beats_an_occasion_read_from_the_task_text_but_a_status_keeps_a_printed_date():
    from types import SimpleNamespace

    from engine.importing.layouts.prose_tasks import _apply

    def item(due):
        return SimpleNamespace(
            due=due, lead="", coordinating="", reasons=[], confidence=1.0, note="", leader=""
        )

    # `Nhiệm vụ: Xây dựng kế hoạch kiểm tra … dịp Tết Nguyên đán` under `Thời hạn hoàn thành: 15 ngày
    # kể từ ngày giao nhiệm vụ`: the label's count is the due, the occasion is the task's topic
    occasion = item("dịp Tết Nguyên đán Mậu Thân 2028")
    _apply(occasion, {"due": "15 ngày kể từ ngày giao nhiệm vụ"})
    assert occasion.due == "15 ngày kể từ ngày giao nhiệm vụ"
    # a status under a due label keeps the date the task's text prints
    dated = item("trước ngày 30/11/2027")
    _apply(dated, {"due": "Đã xong 45%"})
    assert dated.due == "trước ngày 30/11/2027"


def test_a_bare_giao_label_hands_the_activity_to_the_body_after_it():
    assert labelled_fields("Giao: Ban Tuyên truyền - Đối ngoại.") == {"lead": "Ban Tuyên truyền - Đối ngoại"}
    assert labelled_fields("Giao cho: Phòng Kế hoạch - Tài chính.") == {"lead": "Phòng Kế hoạch - Tài chính"}
    assert labelled_fields("Giao: Văn phòng Sở, phối hợp Thanh tra Sở.") == {
        "lead": "Văn phòng Sở",
        "coordinating": "Thanh tra Sở",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Ngày giao: 02/3/2027.",  # a date's label holding the word
        "Bàn giao: Tổ Thu thập.",  # a hand-over, no assignment
        "Giao: Nguyễn Văn An.",  # a person
        "Giao: Tổ Thu thập hướng dẫn các cơ quan nộp lưu.",  # one body and a verb: a sentence
    ],
)
def test_a_giao_label_takes_no_date_hand_over_person_or_sentence(line):
    assert not (labelled_fields(line) or {}).get("lead")


def test_a_doer_field_handing_each_body_a_part_makes_them_all_lead():
    assert labelled_fields(
        "Giao: Văn phòng Sở chuẩn bị nội dung, hậu cần; Phòng Tổ chức cán bộ lập danh sách đại biểu."
    ) == {"lead": "Văn phòng Sở; Phòng Tổ chức cán bộ"}
    # a part that is to take part: that body is a partner
    assert labelled_fields("Thực hiện: Tổ Thu thập soạn thảo; Tổ Số hóa phối hợp.") == {
        "lead": "Tổ Thu thập",
        "coordinating": "Tổ Số hóa",
    }
    # the next field on the same line is read as before
    assert labelled_fields("Giao: Tổ A soạn thảo; Tổ B rà soát · Thời gian: Quý II/2027") == {
        "lead": "Tổ A; Tổ B",
        "due": "Quý II/2027",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Thực hiện: Tổ Thu thập soạn thảo; ông Nguyễn Văn An kiểm tra.",  # a part with a person
        "Thực hiện: Tổ Thu thập soạn thảo; công tác số hóa tài liệu.",  # a part with a topic
        "Giao: Tổ Thu thập soạn thảo; Tổ Số hóa.",  # a part naming no work: no parts handed
    ],
)
def test_parts_handed_take_no_person_topic_or_bare_name(line):
    assert doer_labelled(line) is None


def test_a_steering_board_named_by_its_topic_is_the_doer_field_whole():
    # `_until_verb` cuts the name at the lower-case verb of its topic; alone in the field it is the name
    assert labelled_fields("Giao: Ban Chỉ đạo vận động hiến máu tình nguyện huyện.") == {
        "lead": "Ban Chỉ đạo vận động hiến máu tình nguyện huyện"
    }
    assert labelled_fields("Thực hiện: Ban Chỉ đạo xây dựng nông thôn mới xã Tân Lập.") == {
        "lead": "Ban Chỉ đạo xây dựng nông thôn mới xã Tân Lập"
    }


@pytest.mark.parametrize(
    "line",
    [
        "Giao: Ban Chỉ đạo huyện kiểm tra việc thực hiện.",  # its place, then its verb: a sentence
        "Giao: Ban Chỉ đạo chuẩn bị hội trường.",  # an act a board does, no topic
        "Giao: Ban Chỉ đạo vận động các xã, thị trấn tham gia.",  # more than one clause
        "Giao: Ban Tổ chức chuẩn bị hội trường.",  # an organising board's verb
        "Giao: Ban Chỉ đạo vận động hiến máu tình nguyện huyện năm 2028 và các xã thực hiện.",  # a figure
    ],
)
def test_a_board_by_its_topic_takes_no_place_before_a_verb_act_clause_or_figure(line):
    assert doer_labelled(line) is None


def test_inviting_and_staging_end_a_name_in_parts_handed():
    assert labelled_fields(
        "Giao: Văn phòng Hội chuẩn bị kịch bản; Ban Tuyên truyền - Huấn luyện mời đại biểu."
    ) == {"lead": "Văn phòng Hội; Ban Tuyên truyền - Huấn luyện"}
    assert labelled_fields(
        "Giao: Tổ Văn phòng chuẩn bị hội trường; Tổ Âm nhạc dàn dựng, duyệt chương trình."
    ) == {"lead": "Tổ Văn phòng; Tổ Âm nhạc"}


def test_inviting_and_staging_are_no_verbs_in_their_folded_twins():
    # `mới`, `môi` fold as `mời`; `dân dụng` as `dàn dựng`: the name runs on
    assert labelled_fields("Thực hiện: Phòng Đổi mới sáng tạo.") == {"lead": "Phòng Đổi mới sáng tạo"}
    assert labelled_fields("Thực hiện: Phòng Quản lý công trình dân dụng.") == {
        "lead": "Phòng Quản lý công trình dân dụng"
    }


def test_a_schools_young_pioneer_unit_is_a_body_but_joint_liability_is_none():
    assert UNIT_START.match(fold("Liên đội chuẩn bị tiết mục"))
    assert labelled_fields("Giao: Liên đội chuẩn bị tiết mục; Tổ Văn phòng chuẩn bị hội trường.") == {
        "lead": "Liên đội; Tổ Văn phòng"
    }
    for text in ("liên đới chịu trách nhiệm", "Liên đới bồi thường thiệt hại"):
        assert not UNIT_START.match(fold(text))


def test_a_mass_organisations_district_bodies_are_every_unit_of_a_kind():
    for text in (
        "Các huyện, thành đoàn báo cáo",
        "Các huyện, thị, thành đoàn",
        "Các huyện đoàn",
        "Các huyện, thành hội",
    ):
        assert EVERY_UNIT.match(fold(text))
    assert reports_results(fold("Các huyện, thành đoàn báo cáo kết quả Chiến dịch về Ban Phong trào"))
    # the districts themselves, with no body's word, are not
    for text in ("Các huyện, thành phố báo cáo", "Các huyện nghèo"):
        assert not EVERY_UNIT.match(fold(text))
