"""Closing requests and duties the importer had missed for how they are printed: a reporting request
that opens with its round before its subject, the issuer giving a unit the follow-up with a report by
a round, a numbered request to every unit by a round under `TỔ CHỨC THỰC HIỆN` above an appendix,
every unit's dated report after a letter's numbered list; a body whose dashed name ends in a verb's
word (`Ban Thanh tra - Kiểm tra`), and a round named by its day (`đợt 19/5`). Own text, not a corpus
document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph
from engine.importing.layouts import action_items
from engine.importing.layouts.prose_facts import due_in, unit_heading
from engine.importing.recognisers import closing_requests

from .helpers_blocks import BlocksDocument, context_of, table_of


def _task_table():
    table = table_of(
        [["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"], ["1", "Nạo vét kênh", "Phòng Kinh tế", "Quý II/2029"]]
    )
    table.row_lines = [10, 11]
    return table


def test_a_report_opening_with_its_round_and_a_given_follow_up_by_a_round_are_items():
    blocks = [
        _task_table(),
        Paragraph(
            "Hằng tháng (trước ngày 22), các phòng, đội báo cáo kết quả thực hiện Chương trình về Văn phòng Ủy ban.",
            line=20,
        ),
        Paragraph(
            "Giao Văn phòng Ủy ban theo dõi, đôn đốc, định kỳ hằng quý báo cáo Chủ tịch kết quả thực hiện.",
            line=21,
        ),
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11})
    assert [(item.content[:20], item.lead) for item in found] == [
        ("Hằng tháng (trước ng", ""),
        ("Giao Văn phòng Ủy ba", "Văn phòng Ủy ban"),
    ]
    assert "hằng tháng" in found[0].due.lower() or "22" in found[0].due
    assert found[1].due == "định kỳ hằng quý"


def test_a_round_opening_a_sentence_that_asks_no_report_is_no_item():
    blocks = [
        _task_table(),
        Paragraph("Hằng tháng, các phòng chủ động triển khai các nội dung trên.", line=20),
    ]
    assert closing_requests(BlocksDocument(blocks), taken={11}) == []


def test_a_numbered_report_by_a_round_above_an_appendix_is_an_item():
    appendix = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Lắp camera giao thông", "Phòng Quản lý đô thị", "Tháng 8/2029"],
        ]
    )
    appendix.row_lines = [40, 41]
    texts = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý đô thị là đầu mối theo dõi, tổng hợp, báo cáo trước ngày 10/12/2029.",
        "2. Các phòng, ban, đội trực thuộc báo cáo kết quả thực hiện định kỳ hằng quý về Phòng Quản lý đô thị.",
        "PHỤ LỤC",
    ]
    blocks = [*(Paragraph(text, line=20 + n) for n, text in enumerate(texts)), appendix]
    found = closing_requests(BlocksDocument(blocks), taken={41})
    assert [(item.lead, item.due) for item in found] == [
        ("Phòng Quản lý đô thị", "trước ngày 10/12/2029"),
        ("", "định kỳ hằng quý"),
    ]


LETTER = """ỦY BAN MẶT TRẬN TỔ QUỐC HUYỆN
Số: 18/CV-MT
Kính gửi: Các ban chuyên môn; Ban Công tác Mặt trận các khu dân cư.
Ban Thường trực đề nghị các đơn vị thực hiện một số nội dung sau:
1. Ban Thanh tra - Kiểm tra rà soát đơn thư của công dân, trình Thường trực trước ngày 12/4/2029.
2. Ban Dân chủ - Pháp luật xây dựng tài liệu hướng dẫn giám sát, gửi các khu dân cư trước ngày 20/4/2029.
3. Ban Phong trào chuẩn bị Hội nghị biểu dương điển hình tiên tiến đợt 19/5, hoàn thành trước ngày 05/5/2029.
Các ban, đơn vị báo cáo kết quả thực hiện về Ban Thường trực trước ngày 30/5/2029 để tổng hợp.
Nơi nhận:
- Như trên;
- Lưu VP.
"""


def test_a_letters_numbered_duties_and_every_units_dated_report_after_them():
    found = action_items.recognise(context_of(LETTER))
    assert found is not None
    got = [(item.content[:24], item.lead, item.due) for item in found.items]
    assert got == [
        ("Ban Thanh tra - Kiểm tra", "Ban Thanh tra - Kiểm tra", "trước ngày 12/4/2029"),
        ("Ban Dân chủ - Pháp luật ", "Ban Dân chủ - Pháp luật", "trước ngày 20/4/2029"),
        ("Ban Phong trào chuẩn bị ", "Ban Phong trào", "trước ngày 05/5/2029"),
        ("Các ban, đơn vị báo cáo ", "", "trước ngày 30/5/2029"),
    ]
    assert "no_lead" in found.items[3].reasons


def test_a_dashed_name_ending_in_a_verbs_word_is_the_bodys_not_a_run_in_label():
    assert (
        unit_heading(
            "Ban Thanh tra - Kiểm tra rà soát đơn thư của công dân, trình Thường trực trước ngày 12/4."
        )
        is None
    )
    # a run-in label before a sentence that opens with one verb stays one
    assert unit_heading("Tổ Toán - Xây dựng chuyên đề ôn tập cho học sinh lớp 12 trước ngày 15/3.") == (
        "Tổ Toán",
        "Xây dựng chuyên đề ôn tập cho học sinh lớp 12 trước ngày 15/3.",
    )


def test_a_round_named_by_its_day_is_no_deadline():
    assert (
        due_in("Tổng hợp hồ sơ kết nạp đợt 19/5, trình Ban Thường vụ trước ngày 05/5/2029.")
        == "trước ngày 05/5/2029"
    )
    assert due_in("Hoàn thành trước đợt 2/9.") != ""


def test_a_report_in_a_later_clause_with_its_round_after_it_is_every_units_request():
    # the subject is left out of the report's clause and its time comes after it
    blocks = [
        _task_table(),
        Paragraph(
            "Căn cứ Kế hoạch này, các tổ, đội trực thuộc chủ động bố trí nhân lực; báo cáo tiến độ về Phòng Kinh tế trước ngày 18 hằng tháng.",
            line=20,
        ),
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11})
    assert [(item.content[:18], item.lead) for item in found] == [("Căn cứ Kế hoạch nà", "")]
    assert "hằng tháng" in found[0].due


def test_a_later_clause_that_is_not_a_report_leaves_a_general_charge_no_item():
    # limit: the later clause names another duty, not a report, and no time — a general charge
    blocks = [
        _task_table(),
        Paragraph(
            "Các tổ, đội trực thuộc chủ động bố trí nhân lực; phối hợp chặt chẽ với Phòng Kinh tế trong quá trình thực hiện.",
            line=20,
        ),
    ]
    assert closing_requests(BlocksDocument(blocks), taken={11}) == []


def test_asks_report_reads_the_later_clause_only_after_every_unit():
    from engine.importing.layouts.prose_facts import asks_report

    assert asks_report(
        "Các đơn vị xây dựng kế hoạch cụ thể; báo cáo kết quả về Văn phòng trước ngày 10 hằng quý."
    )
    # limit: a named unit's sentence is no request of every unit, whatever its later clause
    assert not asks_report("Phòng Kinh tế xây dựng kế hoạch cụ thể; báo cáo kết quả về Văn phòng hằng quý.")


def test_the_issuers_request_to_every_body_of_a_kind_for_a_report_is_an_item():
    # `<Ban> đề nghị các …; báo cáo … trước ngày 20 hằng tháng` under the table: read from `các …`,
    # printed whole, no lead; an undated charge so worded and a named unit's dated clause stay as before.
    blocks = [
        _task_table(),
        Paragraph(
            "Ghi chú: Thời gian có thể điều chỉnh theo chỉ đạo của cấp trên.",
            line=19,
        ),
        Paragraph(
            "Ban Chấp hành đề nghị các hội thành viên, Hội Cựu chiến binh các xã căn cứ Chương trình này xây dựng kế hoạch; báo cáo kết quả về Văn phòng trước ngày 18 hằng tháng.",
            line=20,
        ),
        Paragraph("Ban Chấp hành đề nghị các hội thành viên quan tâm phối hợp thực hiện.", line=21),
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11})
    assert [(item.content[:28], item.lead) for item in found] == [("Ban Chấp hành đề nghị các hộ", "")]
    assert found[0].due == "hằng tháng"


def test_the_issuers_request_keeps_a_named_units_dated_clause_its_own():
    blocks = [
        _task_table(),
        Paragraph(
            "Thường trực đề nghị các đơn vị chủ động triển khai; Phòng Kinh tế tổng hợp, báo cáo kết quả trước ngày 25/12/2029.",
            line=20,
        ),
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11})
    assert [(item.content[:20], item.lead) for item in found] == [("Phòng Kinh tế tổng h", "Phòng Kinh tế")]
