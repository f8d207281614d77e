"""Closing requests the importer had left out (corpus README, "Closing reporting requests are items";
h13fixTH): every holder of a post named by its `… viên`, a court's divisions or every district's body
asked for a report; every unit's products sent to a named unit by a day each round; a request that
opens with the end of the work. In a sheet: a note's label in a cell of its own beside the note, a
named unit's dated duty as a closing line, a holiday merged across the rows and a standing word typed
in the start column. And the near shapes each rule leaves alone. Own text, not a corpus document's."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts.prose_facts import asks_report, sends_to_unit
from engine.importing.layouts.prose_tasks import _past_lead_in
from engine.importing.recognisers import closing_requests
from engine.text import fold
from tests.importing.helpers_blocks import BlocksDocument, table_items, table_of

# --- every unit of a kind asked for a report -------------------------------------------------------


def test_posts_named_by_their_vien_are_every_holder_asked_for_a_report():
    assert asks_report(
        "Các Kiểm sát viên, chuyên viên báo cáo kết quả công việc vào thứ Sáu cuối hằng tháng."
    )
    assert asks_report("Các thẩm tra viên báo cáo tiến độ hồ sơ hằng tuần.")


def test_a_bodys_members_are_not_staff_of_one_kind():
    assert not asks_report("Các thành viên Ban Chỉ đạo báo cáo kết quả trước ngày 20 hằng tháng.")
    assert not asks_report("Các ủy viên Ban Thường vụ báo cáo tình hình địa bàn phụ trách hằng quý.")


def test_a_courts_divisions_and_every_districts_body_are_asked_as_units_are():
    assert asks_report(
        "Các Tòa chuyên trách, các Phòng và Văn phòng báo cáo kết quả trước ngày 20 hằng tháng."
    )
    assert asks_report(
        "Các quận, huyện đoàn xây dựng kế hoạch gửi về Thành đoàn trước ngày 05/3/2029; báo cáo kết quả "
        "trước ngày 30/6/2029."
    )
    assert asks_report("Các huyện, thị xã báo cáo kết quả về Sở trước ngày 15 hằng tháng.")


def test_a_named_court_or_district_alone_is_no_every_unit():
    assert not asks_report("Tòa Hình sự báo cáo kết quả trước ngày 20 hằng tháng.")
    assert not asks_report("Các huyện căn cứ báo cáo của Sở để triển khai.")


# --- products sent to a named unit ----------------------------------------------------------------


def test_every_units_products_sent_to_a_named_unit():
    assert sends_to_unit(
        "Các tổ, đội gửi sổ nhật ký vận hành về Phòng Kỹ thuật trước ngày 28 hằng tháng để tổng hợp."
    )
    assert sends_to_unit("Các khoa nộp bảng chấm công cho Phòng Tổ chức cán bộ trước ngày 02 hằng tháng.")


def test_products_sent_to_no_unit_or_by_a_named_unit_are_not():
    assert not sends_to_unit(
        "Các đơn vị gửi hồ sơ về địa chỉ thư điện tử của cơ quan trước ngày 28 hằng tháng."
    )
    assert not sends_to_unit("Các phòng gửi thư mời cho khách hàng trước ngày 28 hằng tháng.")
    assert not sends_to_unit("Phòng Kỹ thuật gửi biên bản về Văn phòng trước ngày 28 hằng tháng.")


def test_every_units_registration_with_a_named_unit_is_sent_to_it():
    # a weekly calendar's closing line: every unit registers next week's entries with a named unit
    assert sends_to_unit(
        "Các phòng, đơn vị thuộc Sở đăng ký lịch công tác tuần sau về Văn phòng Sở "
        "trước 15h30 thứ Năm hằng tuần."
    )
    # limits: a registering for a course, or with an address, sends nothing to a unit
    assert not sends_to_unit("Các phòng đăng ký tham gia lớp tập huấn cho cán bộ trước ngày 15/3.")
    assert not sends_to_unit(
        "Các đơn vị đăng ký nhu cầu đào tạo về địa chỉ thư điện tử trước ngày 20 hằng tháng."
    )
    assert not sends_to_unit("Văn phòng Sở đăng ký lịch họp về Văn phòng UBND tỉnh trước thứ Năm hằng tuần.")


def _paragraph_document(*texts: str):
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
            ["1", "Bảo dưỡng trạm bơm tăng áp khu B", "Đội Vận hành", "30/6/2029"],
            ["2", "Kiểm định đồng hồ tổng", "Phòng Kỹ thuật", "31/8/2029"],
        ]
    )
    table.row_lines = [5, 6, 7]
    return BlocksDocument([table, *(Paragraph(text, line=8 + n) for n, text in enumerate(texts))])


def test_products_sent_by_a_day_each_round_after_the_table_are_a_closing_request():
    document = _paragraph_document(
        "Các tổ, đội gửi sổ nhật ký vận hành về Phòng Kỹ thuật trước ngày 28 hằng tháng để tổng hợp."
    )
    found = closing_requests(document, taken={6, 7}, leads=["Đội Vận hành", "Phòng Kỹ thuật"])
    assert [(item.content[:20], item.lead, item.due) for item in found] == [
        ("Các tổ, đội gửi sổ n", "", "hằng tháng")
    ]


def test_products_sent_with_no_day_of_their_own_are_no_item():
    document = _paragraph_document("Các tổ, đội gửi sổ nhật ký vận hành về Phòng Kỹ thuật khi có yêu cầu.")
    assert closing_requests(document, taken={6, 7}, leads=["Đội Vận hành", "Phòng Kỹ thuật"]) == []


# --- the end of the work before whom a closing request asks ----------------------------------------


def test_the_end_of_the_work_opens_a_closing_request():
    assert _past_lead_in(
        fold("Kết thúc đợt kiểm tra, các Đoàn gửi báo cáo về Sở trước ngày 10/4/2029.")
    ) == fold("các Đoàn gửi báo cáo về Sở trước ngày 10/4/2029.")
    assert _past_lead_in(fold("Sau khi kết thúc chiến dịch, các chi đoàn báo cáo kết quả.")).startswith(
        "cac chi"
    )


def test_a_basis_before_the_subject_is_no_end_of_the_work():
    text = fold("Căn cứ kết quả đợt kiểm tra, các đơn vị báo cáo về Sở trước ngày 10/4/2029.")
    assert _past_lead_in(text) == text


# --- sheets ---------------------------------------------------------------------------------------


def _sheet_items(rows):
    return table_items(table_of(rows))


HEADER = ["TT", "Nội dung công việc", "Từ ngày", "Đến ngày", "Đơn vị chủ trì"]
ROWS = [
    HEADER,
    ["1", "Kiểm kê tài sản cố định cuối năm", "01/12/2029", "20/12/2029", "Phòng Tài chính"],
    ["2", "Quyết toán kinh phí các dự án năm 2029", "05/12/2029", "28/12/2029", "Phòng Kế hoạch"],
]


def test_a_note_label_in_a_cell_of_its_own_is_read_with_the_note_beside_it():
    items = _sheet_items(
        [*ROWS, ["Ghi chú:", ("Các phòng báo cáo tiến độ về Văn phòng trước ngày 10 hằng tháng.", 1, 4)]]
    )
    assert [(i.content[:24], i.lead, i.due) for i in items][-1] == (
        "Các phòng báo cáo tiến đ",
        "",
        "hằng tháng",
    )


def test_a_note_label_beside_a_remark_is_no_item():
    items = _sheet_items([*ROWS, ["Ghi chú:", ("Số liệu tính đến ngày 30/11/2029.", 1, 4)]])
    assert len(items) == 2


def test_a_closing_line_that_is_a_named_units_dated_duty_is_its_item():
    items = _sheet_items(
        [
            *ROWS,
            [("Tổ chức thực hiện:", 1, 5)],
            [("- Văn phòng theo dõi, đôn đốc, báo cáo Giám đốc kết quả trước ngày 05/01/2030.", 1, 5)],
        ]
    )
    assert [(i.content[:22], i.lead, i.due) for i in items][-1] == (
        "Văn phòng theo dõi, đô",
        "Văn phòng",
        "trước ngày 05/01/2030",
    )


def test_a_closing_line_that_is_a_named_units_undated_charge_is_no_item():
    items = _sheet_items(
        [
            *ROWS,
            [("Tổ chức thực hiện:", 1, 5)],
            [("- Văn phòng theo dõi, đôn đốc các phòng thực hiện.", 1, 5)],
        ]
    )
    assert len(items) == 2


def test_a_closing_line_timed_by_each_of_the_works_events_is_no_item():
    """`sau mỗi lần kiểm tra` is how each inspection is closed, not a round of the calendar (h349)."""
    items = _sheet_items(
        [
            *ROWS,
            [
                (
                    "Ban Kiểm tra nội bộ lập biên bản sau mỗi lần kiểm tra; người được kiểm tra biết.",
                    1,
                    5,
                )
            ],
        ]
    )
    assert len(items) == 2


def test_a_holiday_merged_across_is_no_heading_and_a_standing_start_is_the_time():
    items = _sheet_items(
        [
            *ROWS,
            ["", ("Nghỉ Tết Dương lịch: từ ngày 01/01 đến hết ngày 03/01/2030", 1, 4)],
            ["3", "Trực bảo vệ cơ quan", "Thường xuyên", "", "Văn phòng"],
        ]
    )
    assert [(i.content[:19], i.due) for i in items] == [
        ("Kiểm kê tài sản cố ", "20/12/2029"),
        ("Quyết toán kinh phí", "28/12/2029"),
        ("Trực bảo vệ cơ quan", "Thường xuyên"),
    ]


def test_a_start_date_alone_is_a_one_day_job_not_a_standing_time():
    """Only a standing word in `Từ ngày` is a standing time; a single day there with `Đến ngày` empty
    is a one-day job due that day (h13fixTG's rule in table_dues, h601)."""
    items = _sheet_items([*ROWS, ["3", "Lập kế hoạch năm 2030", "02/01/2030", "", "Văn phòng"]])
    assert items[-1].due == "02/01/2030"


# --- a post or a body held in every unit of a kind (h13fixWD: h677, h679) -------------------------


def test_a_post_held_in_every_unit_is_asked_as_those_units_are():
    assert asks_report(
        "Điều dưỡng trưởng các khoa báo cáo kết quả thực hiện về Phòng Điều dưỡng trước ngày 25 hằng tháng."
    )
    assert asks_report("Tổ trưởng các tổ chuyên môn báo cáo kết quả thực hiện trước ngày 28 hằng tháng.")
    assert asks_report("Thủ trưởng các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2026.")
    assert asks_report(
        "Kế toán các đơn vị gửi báo cáo quyết toán về Phòng Tài chính trước ngày 10 hằng tháng."
    )


def test_one_post_of_one_unit_or_a_phrase_before_every_unit_is_not():
    assert not asks_report("Điều dưỡng trưởng Khoa Hồi sức báo cáo kết quả trước ngày 25 hằng tháng.")
    assert not asks_report("Trưởng phòng Kinh tế báo cáo kết quả về UBND trước ngày 15/12/2026.")
    assert not asks_report("Cán bộ được giao phụ trách các thôn báo cáo kết quả trước ngày 15/12/2026.")


def test_a_body_of_every_village_is_asked_as_every_village_is():
    assert asks_report(
        "Ban Công tác Mặt trận các thôn báo cáo kết quả vận động về Ban Thường trực trước ngày 28/01/2027."
    )
    assert asks_report("Chi hội Phụ nữ các ấp báo cáo kết quả thực hiện trước ngày 15/12/2027.")
    assert asks_report("Ban Công tác Mặt trận các khu dân cư báo cáo tiến độ trước ngày 20 hằng tháng.")
    # (one village's body is no every unit)
    assert not asks_report("Ban Công tác Mặt trận thôn Đồng Mới báo cáo kết quả trước ngày 28/01/2027.")


_FOLLOW_UP_THEN_REQUEST = (
    "KẾ HOẠCH\n"
    "Vận động Quỹ vì người nghèo năm 2027\n"
    "I. NHIỆM VỤ CỤ THỂ\n"
    "1. Ban Thường trực Ủy ban MTTQ xã\n"
    "- Ban hành Thư kêu gọi ủng hộ Quỹ; hoàn thành trước ngày 10/12/2026.\n"
    "- Tổ chức trao quà Tết cho hộ nghèo trước ngày 02/02/2027.\n"
    "2. Ban Công tác Mặt trận các thôn\n"
    "- Vận động hộ gia đình ủng hộ Quỹ; nộp về Ban Thường trực trước ngày 15/01/2027.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Đồng chí Phó Chủ tịch Ủy ban MTTQ xã giúp Ban Thường trực theo dõi chung việc thực hiện Kế hoạch. "
    "{closing}\n"
)


def _plan_items(closing: str) -> list:
    from engine.importing.build import import_document

    text = _FOLLOW_UP_THEN_REQUEST.format(closing=closing)
    return import_document(text.encode(), "kh.txt", units=[], year=2027).items


def test_a_request_after_a_persons_follow_up_is_an_item_from_its_own_sentence():
    items = _plan_items(
        "Ban Công tác Mặt trận các thôn báo cáo kết quả vận động về Ban Thường trực trước ngày 28/01/2027."
    )
    closing = [item for item in items if "báo cáo kết quả vận động" in item.content]
    assert len(closing) == 1
    assert closing[0].content.startswith("Ban Công tác Mặt trận các thôn báo cáo")
    assert closing[0].due_date.isoformat() == "2027-01-28"
    assert not any(item.content.startswith("Đồng chí") for item in items)


def test_a_later_sentence_with_no_time_or_no_report_is_no_item():
    for closing in (
        "Ban Công tác Mặt trận các thôn báo cáo kết quả vận động về Ban Thường trực.",
        "Các thôn chủ động triển khai, bảo đảm đúng đối tượng.",
    ):
        items = _plan_items(closing)
        assert not any("Đồng chí" in item.content or item.content.startswith(closing[:20]) for item in items)
