"""A second table's header on the same sheet, a week's or round's days, a tentative day, a post that
names the unit it heads, a body's word before a capital, a round bounded by a period, and hard line
breaks inside a word processor's paragraph (h13fixI: the shapes of h66, h69, h72 and h78)."""

import io
from datetime import date

import docx
import pytest

from engine.deadlines.parsing import WEEKLY, parse_due
from engine.importing.headers import restates_header
from engine.importing.layouts.outline import paragraphs
from engine.importing.layouts.prose_facts import assignment_in, due_in
from engine.importing.readers import read_document
from tests.importing.helpers_blocks import table_items, table_of


def test_a_second_tables_header_on_the_same_sheet_is_no_item():
    table = table_of(
        [
            ["Số TT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Ghi chú"],
            ["1", "Lắp đặt camera tại cổng chợ", "Ban Quản lý chợ", "15/5/2026", ""],
            ["", "", "", "", ""],
            ["II. VIỆC KHÁC", "", "", "", ""],
            ["STT", "Công việc", "Người phụ trách", "Hạn hoàn thành", "Ghi chú"],
            ["1", "Sơn lại vạch kẻ ô bán hàng", "Tổ Trật tự", "30/5/2026", ""],
        ]
    )
    items = table_items(table)
    assert [(item.content, item.due) for item in items] == [
        ("Lắp đặt camera tại cổng chợ", "15/5/2026"),
        ("Sơn lại vạch kẻ ô bán hàng", "30/5/2026"),
    ]


@pytest.mark.parametrize(
    "texts, restated",
    [
        (["TT", "Nội dung công việc", "Bộ phận phụ trách", "Thời hạn"], True),
        (["STT", "Công việc", "Đơn vị chủ trì", "Hạn hoàn thành", "Ghi chú"], True),
        # a task whose words happen to name roles is an item: its number, its length
        (["3", "Nội dung", "Phòng Tổ chức", "Thời gian"], False),
        (["", "Rà soát nội dung công việc của các tổ", "Tổ Văn phòng", "Tháng 5"], False),
    ],
)
def test_a_row_restates_the_header_when_every_filled_cell_names_a_role(texts, restated):
    roles = {"ref": 0, "content": 1, "lead": 2, "due": 3}
    assert restates_header(texts, roles) is restated


@pytest.mark.parametrize(
    "text, due",
    [
        ("Tuần 1 (02-07/3)", date(2026, 3, 7)),
        ("tuần 4 (23 - 28/11)", date(2026, 11, 28)),
        ("Đợt 3: 10 - 14/11", date(2026, 11, 14)),
        ("Tuần 2 (12/10)", date(2026, 10, 12)),
        ("dự kiến 05/12", date(2026, 12, 5)),
        ("Dự kiến ngày 18/4", date(2026, 4, 18)),
        ("vào 21/7", date(2026, 7, 21)),
    ],
)
def test_a_weeks_days_and_a_tentative_day_are_read(text, due):
    assert parse_due(text, year=2026).date == due


def test_a_week_without_its_days_is_for_a_person_to_set():
    assert parse_due("Tuần 3", year=2026).needs_review


@pytest.mark.parametrize(
    "sentence, lead",
    [
        ("Đồng chí Trưởng phòng Quản lý đô thị kiểm tra việc cấp phép xây dựng.", "Phòng Quản lý đô thị"),
        ("Đ/c Chánh Văn phòng Sở tổng hợp ý kiến của các phòng.", "Văn phòng Sở"),
        (
            "Đồng chí Giám đốc Trung tâm Dịch vụ nông nghiệp hướng dẫn xuống giống.",
            "Trung tâm Dịch vụ nông nghiệp",
        ),
        ("Giao đồng chí Chi cục trưởng Chi cục Thuế khu vực đôn đốc thu nợ.", "Chi cục Thuế khu vực"),
        ("Đồng chí Phó Chánh Thanh tra huyện rà soát đơn thư tồn đọng.", "Thanh tra huyện"),
    ],
)
def test_a_post_without_a_name_leads_by_the_unit_it_heads(sentence, lead):
    assert assignment_in(sentence).lead == lead


@pytest.mark.parametrize(
    "sentence, lead",
    [
        ("Ban Thi đua - Khen thưởng hướng dẫn các đơn vị đăng ký thi đua.", "Ban Thi đua - Khen thưởng"),
        (
            "Ban Văn hóa - Xã hội Hội đồng nhân dân huyện kiểm tra việc thu phí.",
            "Ban Văn hóa - Xã hội Hội đồng nhân dân huyện",
        ),
        ("Hội Nông dân các xã vận động hội viên ký cam kết.", "Hội Nông dân các xã"),
        ("Câu lạc bộ Cựu giáo chức xã tổ chức gặp mặt.", "Câu lạc bộ Cựu giáo chức xã"),
        ("Các Chi đoàn thôn đăng ký công trình thanh niên.", "Các Chi đoàn thôn"),
    ],
)
def test_a_bodys_word_before_a_capital_opens_the_subjects_name(sentence, lead):
    assert assignment_in(sentence).lead == lead


@pytest.mark.parametrize("sentence", ["Tổ chức hội nghị sơ kết 6 tháng.", "TỔ CHỨC THỰC HIỆN"])
def test_a_bodys_word_before_a_lower_case_word_or_in_capitals_names_no_body(sentence):
    assert assignment_in(sentence) is None


@pytest.mark.parametrize(
    "sentence, due",
    [
        ("Tổ Kiểm tra đi cơ sở vào thứ Năm hằng tuần trong tháng 6/2026.", "hằng tuần"),
        ("Trạm Khuyến nông báo cáo hằng tháng trong năm 2026.", "hằng tháng"),
        # another dated phrase: the date stands
        (
            "Đoàn xã ra quân hằng tuần trong tháng 6/2026, tổng kết trước ngày 05/7/2026.",
            "trước ngày 05/7/2026",
        ),
        # a period that is not right after the round: the date stands
        ("Hằng tuần báo cáo Ban Chỉ huy, hoàn thành trong tháng 9/2026.", "trong tháng 9/2026"),
    ],
)
def test_a_round_bounded_by_the_period_right_after_it_is_the_time(sentence, due):
    assert due_in(sentence) == due
    if due.startswith("hằng tuần"):
        assert parse_due(due, year=2026).recurrence == WEEKLY


def _docx_with_breaks(*paragraph_lines: list[str]) -> bytes:
    document = docx.Document()
    for lines in paragraph_lines:
        paragraph = document.add_paragraph()
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_hard_line_breaks_inside_a_word_processors_sentence_join_it():
    data = _docx_with_breaks(
        ["II. NHIỆM VỤ"],
        [
            "1. Phòng Văn hóa - Thông tin huyện chủ trì tổ chức giải chạy việt dã",
            "Báo Tiền Phong tại sân vận động huyện, hoàn thành trước ngày",
            "20/9/2026.",
        ],
        ["2. Trung tâm Văn hóa tổ chức hội diễn, hoàn thành", "chậm nhất ngày", "30/9/2026."],
        ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Nam"],
    )
    texts = [text for _line, text in paragraphs(read_document(data, "kh.docx"))]
    assert texts == [
        "II. NHIỆM VỤ",
        "1. Phòng Văn hóa - Thông tin huyện chủ trì tổ chức giải chạy việt dã Báo Tiền Phong tại sân "
        "vận động huyện, hoàn thành trước ngày 20/9/2026.",
        "2. Trung tâm Văn hóa tổ chức hội diễn, hoàn thành chậm nhất ngày 30/9/2026.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lê Văn Nam",
    ]


def test_one_text_across_the_row_is_no_restated_header():
    texts = ["B. NHIỆM VỤ KHÁC"] * 5
    assert not restates_header(texts, {"ref": 0, "content": 1, "lead": 2, "due": 3})
