"""Two closing requests after a task table (corpus README, "Closing reporting requests are items"):
an unnumbered paragraph under `TỔ CHỨC THỰC HIỆN` that asks one named body the issuer does not command
for an act (`Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ …`: an item led by that body,
undated), while an exhortation or a request to every body of a kind stays none (h13fixYF, the shape
of h720); and a line alone under a calendar's entries, with no note label, whose request to every unit
follows a remark of a sentence of its own (`Lịch có thể thay đổi, Phòng X sẽ thông báo bổ sung. Các
phòng đăng ký …`): the item starts at the request (the shape of h727). Own text, not a corpus
document's."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts.tables import _footnote_request
from engine.importing.recognisers import _named_request, closing_requests
from tests.importing.helpers_blocks import BlocksDocument, table_of


def _plan(*closing: str):
    table = table_of(
        [
            ["TT", "Nội dung hoạt động", "Thời gian", "Người phụ trách"],
            ["1", "Hội thi văn nghệ chào mừng ngày 20/11", "18/11/2028", "Bí thư Đoàn trường"],
        ]
    )
    table.row_lines = [5, 6]
    texts = ["III. TỔ CHỨC THỰC HIỆN", *closing]
    return BlocksDocument([table, *(Paragraph(text, line=7 + n) for n, text in enumerate(texts))])


def test_an_unnumbered_request_to_one_named_body_under_the_organising_part_is_its_item():
    document = _plan(
        "Giáo viên chủ nhiệm các lớp chủ động phối hợp thực hiện Kế hoạch.",
        "Đề nghị Ban đại diện cha mẹ học sinh nhà trường hỗ trợ trang phục, nhạc cụ cho các câu lạc bộ.",
    )
    found = closing_requests(document, taken={6})
    assert [(item.content[:30], item.due) for item in found] == [("Đề nghị Ban đại diện cha mẹ họ", "")]
    assert found[0].lead.startswith("Ban đại diện cha mẹ học sinh")


def test_an_exhortation_or_a_request_to_every_body_of_a_kind_stays_no_item():
    for text in (
        "Đề nghị các đoàn thể trong xã quan tâm, phối hợp với nhà trường.",
        "Đề nghị các đơn vị nghiêm túc triển khai thực hiện.",
        "Đề nghị Hội Cựu chiến binh xã quan tâm, tạo điều kiện.",
        "Đề nghị Ban đại diện cha mẹ học sinh quan tâm, phối hợp với nhà trường.",
        "Đề nghị nghiêm túc thực hiện.",
    ):
        assert not _named_request(text), text
        assert closing_requests(_plan(text), taken={6}) == [], text
    assert _named_request(
        "Đề nghị Hội Liên hiệp Phụ nữ xã phối hợp tuyên truyền chế độ dinh dưỡng cho hội viên."
    )


def test_an_unnumbered_request_outside_the_organising_part_is_left_as_before():
    table = table_of(
        [["TT", "Nội dung", "Thời gian", "Người phụ trách"], ["1", "Hội thi", "18/11/2028", "Bí thư"]]
    )
    table.row_lines = [5, 6]
    document = BlocksDocument(
        [
            table,
            Paragraph("Đề nghị Ban đại diện cha mẹ học sinh hỗ trợ trang phục cho các câu lạc bộ.", line=7),
        ]
    )
    assert closing_requests(document, taken={6}) == []


def _programme(*closing: str):
    table = table_of(
        [["TT", "Nội dung", "Thời gian", "Người phụ trách"], ["1", "Hội thi", "18/11/2028", "Bí thư"]]
    )
    table.row_lines = [5, 6]
    texts = ["III. Kiến nghị", *closing]
    return BlocksDocument([table, *(Paragraph(text, line=7 + n) for n, text in enumerate(texts))])


def test_a_dated_request_to_one_named_body_outside_the_organising_part_is_its_item():
    # (h13fixZV, the shapes of h861 and h869: a bare request under the table, a day or a quarter)
    for text, due in (
        (
            "Đề nghị Cục Thống kê tỉnh cung cấp số liệu dân số trước ngày 20/02/2029 để tổng hợp.",
            "20/02/2029",
        ),
        ("Đề nghị Sở Tài chính bổ sung kinh phí mua sắm bàn ghế trong quý II/2029.", "quý II/2029"),
        ("Đề nghị Trung tâm Y tế huyện cử cán bộ hỗ trợ khám sức khỏe trong tháng 03/2029.", "tháng 03/2029"),
    ):
        found = closing_requests(_programme(text), taken={6})
        assert [item.content for item in found] == [text], text
        assert due in found[0].due and not found[0].lead.startswith("Đề nghị"), text


def test_an_undated_or_every_body_request_outside_the_organising_part_stays_no_item():
    # limits: no time of its own (a year alone is none), every body of a kind, or an exhortation
    for text in (
        "Đề nghị Sở Tài chính bổ sung kinh phí mua sắm bàn ghế cho nhà trường.",
        "Đề nghị Sở Tài chính bổ sung kinh phí mua sắm bàn ghế năm 2029.",
        "Đề nghị các đơn vị cung cấp số liệu trước ngày 20/02/2029.",
        "Đề nghị Hội Cựu chiến binh xã quan tâm, tạo điều kiện.",
    ):
        assert closing_requests(_programme(text), taken={6}) == [], text


REQUEST = "Các phòng đăng ký lịch công tác tuần sau về Văn phòng trước 15h00 thứ Sáu hằng tuần."


def test_a_closing_line_whose_request_follows_a_remark_sentence_starts_at_the_request():
    line = f"Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung. {REQUEST}"
    found = _footnote_request(line, 27, ["Văn phòng"], closing=True)
    assert found is not None and found.content == REQUEST and not found.lead
    assert found.due.endswith("hằng tuần")


def test_a_remark_closed_by_a_semicolon_or_after_a_note_label_stays_with_the_request():
    # limits: a remark that is a clause of the same sentence, or a labelled note's remark, is kept
    clause = _footnote_request(
        f"Lịch có thể thay đổi; {REQUEST[0].lower()}{REQUEST[1:]}", 27, [], closing=True
    )
    assert clause is not None and clause.content.startswith("Lịch có thể thay đổi;")
    report = "Các phòng báo cáo kết quả thực hiện về Văn phòng trước ngày 25 hằng tháng."
    labelled = _footnote_request(f"Lưu ý: Số liệu tính lũy kế. {report}", 27, [])
    assert labelled is not None and labelled.content.startswith("Lưu ý:")


def test_a_dated_request_to_a_post_office_named_by_its_area_is_its_item():
    # (h13fixVI, the shape of h880: `Bưu điện <level> …` is a body's name, a unit that leads)
    found = closing_requests(
        _programme(
            "Đề nghị Bưu điện thị xã Hồng Lĩnh bố trí điểm chi trả trợ cấp tại các phường "
            "trước ngày 18/02/2029."
        ),
        taken={6},
    )
    assert [(item.lead, item.due) for item in found] == [
        ("Bưu điện thị xã Hồng Lĩnh", "trước ngày 18/02/2029")
    ]
    # not the word in a task, with no area after it
    for text in (
        "Đề nghị bưu điện hóa việc trả kết quả hồ sơ trước ngày 18/02/2029.",
        "Bưu điện văn hóa xã mở cửa phục vụ bạn đọc trước ngày 18/02/2029.",
    ):
        assert closing_requests(_programme(text), taken={6}) == [], text


def test_a_dash_request_to_every_unit_sending_to_a_post_by_a_day_is_an_item():
    # (h13fixVI, the shape of h882: `- Các tổ … nộp … về <post> trước ngày …` under `TỔ CHỨC THỰC HIỆN`)
    found = closing_requests(
        _plan("- Các tổ bộ môn gửi kế hoạch dạy học tháng 3/2029 về Phó Hiệu trưởng trước ngày 26/02/2029."),
        taken={6},
    )
    assert [(item.content.lstrip("- ")[:22], item.lead, item.due) for item in found] == [
        ("Các tổ bộ môn gửi kế h", "", "trước ngày 26/02/2029")
    ]
    # undated, or sent to no unit: no item
    for text in (
        "- Các tổ bộ môn gửi kế hoạch dạy học về Phó Hiệu trưởng.",
        "- Các tổ bộ môn gửi kế hoạch dạy học cho phụ huynh trước ngày 26/02/2029.",
    ):
        assert closing_requests(_plan(text), taken={6}) == [], text
