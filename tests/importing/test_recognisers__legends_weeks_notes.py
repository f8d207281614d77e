"""Shapes taught by h13fixF (held-out h38, h51, h53, h54, h56, h58, h59 and main h45, r06), each on
other text: codes in the lead cells explained in a legend, a workbook of one week per sheet under
merged title lines, a note row asking every lead body for a report, a row cut at a PDF page break
under the repeated header, numbered duties under `TỔ CHỨC THỰC HIỆN` after a table, an approval in
conclusions, lists of months or quarters, `Cả tháng` in a month's programme, `định kỳ 6 tháng`, a
closing request of the head to every unit, a PDF line wrapped at the margin, an OCR syllable with a
stray marked vowel, `đạt kế hoạch` that is no title, and a calendar of several weeks."""

# ruff: noqa: E501 — document text is data: long lines.

import io
from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.blocks import Paragraph
from engine.importing.build import import_document
from engine.importing.headers import classify
from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.outline import paragraphs
from engine.importing.layouts.prose_facts import assignment_in, due_in
from engine.importing.ocr_grid import drop_stray_vowel, repair_word
from engine.importing.period import find_title
from engine.importing.readers import Document
from engine.importing.recognisers import closing_requests
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver, code_legend, expand_codes, split_partner

from .helpers_blocks import BlocksDocument, context_of, table_items, table_of

# --- a legend of unit codes ---------------------------------------------------------------------


def test_a_legend_names_the_units_its_codes_stand_for():
    legend = code_legend(
        [
            "Ký hiệu đơn vị (*):",
            "A: Văn phòng Sở",
            "B = Phòng Quản lý đô thị",
            "Chú giải: TC = Phòng Tài chính - Kế hoạch; YT = Trung tâm Y tế huyện",
            "Ghi chú: số liệu ước tính",
        ]
    )
    assert legend == {
        "A": "Văn phòng Sở",
        "B": "Phòng Quản lý đô thị",
        "TC": "Phòng Tài chính - Kế hoạch",
        "YT": "Trung tâm Y tế huyện",
    }
    # One line alone, or codes naming no unit, is no legend.
    assert code_legend(["A: Văn phòng Sở"]) == {}
    assert code_legend(["A: đạt", "B: không đạt"]) == {}


def test_a_cell_of_codes_reads_as_the_units_and_any_other_cell_stays():
    legend = {"A": "Văn phòng Sở", "TC": "Phòng Tài chính - Kế hoạch"}
    # a letter stands for nothing outside the legend; an abbreviation (`TC`) is kept beside its name
    assert expand_codes("TC", legend) == "Phòng Tài chính - Kế hoạch (TC)"
    assert expand_codes("A, TC", legend) == "Văn phòng Sở; Phòng Tài chính - Kế hoạch (TC)"
    assert expand_codes("A, X", legend) == "A, X"  # a code the legend lacks: as printed
    assert expand_codes("Thanh tra Sở", legend) == "Thanh tra Sở"


def test_table_leads_printed_as_codes_take_the_legend_under_the_table():
    items = table_items(
        table_of(
            [
                ["STT", "Công việc", "Chủ trì (1)", "Phối hợp (1)", "Thời hạn"],
                ["1", "Lập dự toán ngân sách năm sau", "TC", "A", "15/10/2026"],
                ["2", "Kiểm tra an toàn thực phẩm bếp ăn", "YT", "A, TC", "30/10/2026"],
                ["(1) Ghi chú: A = Văn phòng UBND xã; TC = Phòng Tài chính - Kế hoạch", "", "", "", ""],
                ["YT = Trung tâm Y tế huyện", "", "", "", ""],
            ]
        )
    )
    assert [(item.lead, item.coordinating) for item in items] == [
        ("Phòng Tài chính - Kế hoạch (TC)", "Văn phòng UBND xã"),
        ("Trung tâm Y tế huyện (YT)", "Văn phòng UBND xã; Phòng Tài chính - Kế hoạch (TC)"),
    ]


# --- a workbook of one week per sheet -----------------------------------------------------------


def _week_sheet(sheet, title: str, span: str, rows) -> None:
    labels = ["Thứ, ngày", "Giờ", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị"]
    for line in ("TRUNG TÂM Y TẾ HUYỆN", title, span):
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5)
    sheet.append(labels)
    for row in rows:
        sheet.append(list(row))


def test_a_merged_title_line_is_never_the_header():
    from openpyxl import Workbook

    from engine.importing.read_xlsx import read_xlsx

    workbook = Workbook()
    _week_sheet(
        workbook.active,
        "LỊCH CÔNG TÁC TUẦN 10 NĂM 2026",
        "(Từ ngày 02/3/2026 đến ngày 06/3/2026)",
        [("Thứ Hai\n02/3", "8h00", "Giao ban khoa phòng", "Giám đốc", "Phòng Kế hoạch")],
    )
    data = io.BytesIO()
    workbook.save(data)
    table = read_xlsx(data.getvalue(), "lich.xlsx").blocks[0]
    header = classify(table)
    assert header.top == 3 and header.labels[2] == "Nội dung"


def test_a_workbook_of_weeks_is_one_calendar_read_sheet_by_sheet():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    _week_sheet(
        workbook.create_sheet("Tuần 10"),
        "LỊCH CÔNG TÁC TUẦN 10 NĂM 2026",
        "(Từ ngày 02/3/2026 đến ngày 06/3/2026)",
        [
            ("Thứ Hai\n02/3", "8h00", "Giao ban các khoa, phòng tuần 10", "Giám đốc", "Phòng Kế hoạch"),
            (
                "",
                "14h00",
                "Kiểm tra công tác tiêm chủng tại trạm y tế xã",
                "PGĐ Lê Văn Nam",
                "Khoa Kiểm soát bệnh tật",
            ),
            ("Thứ Tư\n04/3", "Cả ngày", "Lãnh đạo Trung tâm làm việc tại cơ quan", "", ""),
        ],
    )
    _week_sheet(
        workbook.create_sheet("Tuần 11"),
        "LỊCH CÔNG TÁC TUẦN 11 NĂM 2026",
        "(Từ ngày 09/3/2026 đến ngày 13/3/2026)",
        [
            (
                "Thứ Ba\n10/3",
                "8h00",
                "Tập huấn phòng chống dịch sởi cho y tế thôn bản",
                "PGĐ Lê Văn Nam",
                "Khoa Kiểm soát bệnh tật",
            ),
            (
                "Thứ Năm, Thứ Sáu\n12 - 13/3",
                "Cả ngày",
                "Khám sức khỏe tuyển quân",
                "Giám đốc",
                "Phòng Kế hoạch",
            ),
        ],
    )
    data = io.BytesIO()
    workbook.save(data)
    result = import_document(data.getvalue(), "lich_hai_tuan.xlsx", units=[], year=2026)
    assert result.layout == "week_calendar"
    assert [(item.content[:25], item.lead_text, item.due_date) for item in result.items] == [
        ("Giao ban các khoa, phòng ", "Phòng Kế hoạch", date(2026, 3, 2)),
        ("Kiểm tra công tác tiêm ch", "Khoa Kiểm soát bệnh tật", date(2026, 3, 2)),
        ("Tập huấn phòng chống dịch", "Khoa Kiểm soát bệnh tật", date(2026, 3, 10)),
        ("Khám sức khỏe tuyển quân", "Phòng Kế hoạch", date(2026, 3, 13)),
    ]


# --- table notes and page breaks ----------------------------------------------------------------


def test_a_note_asking_every_lead_body_for_a_report_is_an_item_without_lead():
    items = table_items(
        table_of(
            [
                ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                ["1", "Rà soát hồ sơ đất công", "Phòng Tài nguyên", "30/9/2026"],
                ["Ghi chú: Các cơ quan chủ trì gửi báo cáo tiến độ trước ngày 5 hằng tháng.", "", "", ""],
                ["(*) Số liệu tạm tính đến ngày 30/6/2026", "", "", ""],
            ]
        )
    )
    assert [(item.content[:30], item.lead, item.due) for item in items] == [
        ("Rà soát hồ sơ đất công", "Phòng Tài nguyên", "30/9/2026"),
        ("Các cơ quan chủ trì gửi báo cá", "", "hằng tháng"),
    ]
    assert "no_lead" in items[1].reasons


def test_a_row_cut_at_a_page_break_under_the_repeated_header_continues_the_last_row():
    header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
    first = table_of(
        [header, ["1", "Tổng kết công tác năm, đề xuất nhiệm vụ", "Trung tâm Dịch vụ việc", "15/12/2026"]]
    )
    second = table_of(
        [
            header,
            ["", "năm tiếp theo", "làm tỉnh", ""],
            ["2", "Báo cáo chuyên đề", "Văn phòng", "Quý IV/2026"],
        ]
    )
    items = table_items(first, second)
    assert [(item.content, item.lead) for item in items] == [
        ("Tổng kết công tác năm, đề xuất nhiệm vụ năm tiếp theo", "Trung tâm Dịch vụ việc làm tỉnh"),
        ("Báo cáo chuyên đề", "Văn phòng"),
    ]


def test_under_to_chuc_thuc_hien_the_numbered_duties_of_named_units_are_items():
    table = table_of(
        [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"], ["1", "Khảo sát", "Phòng Y tế", "Quý II/2026"]]
    )
    table.row_lines = [10, 11]
    document = BlocksDocument(
        [
            table,
            Paragraph("IV. TỔ CHỨC THỰC HIỆN", line=20),
            Paragraph(
                "1. Phòng Y tế là đầu mối theo dõi, báo cáo UBND huyện trước ngày 20/12/2026.", line=21
            ),
            Paragraph("2. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch.", line=22),
            Paragraph("3. Thủ trưởng các phòng, đơn vị chủ động triển khai nhiệm vụ được giao.", line=23),
        ]
    )
    found = closing_requests(document, taken={11})
    assert [(item.lead, item.due) for item in found] == [
        ("Phòng Y tế", "trước ngày 20/12/2026"),
        ("Phòng Tài chính - Kế hoạch", ""),
    ]


def test_a_plan_signed_above_its_appendix_closes_with_its_to_chuc_thuc_hien_part():
    # `Nơi nhận` and the signature before `PHỤ LỤC`: the organising part above them is the closing;
    # a request to a body the issuer does not command (`Đề nghị …`) is its duty even undated.
    table = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
            ["1", "Khảo sát bến bãi", "Phòng Vận tải", "Quý II/2029"],
        ]
    )
    table.row_lines = [40, 41]
    document = BlocksDocument(
        [
            Paragraph("I. MỤC ĐÍCH", line=10),
            Paragraph("1. Bảo đảm đúng tiến độ, trước ngày 30/6/2029 hoàn thành phần lớn nhiệm vụ.", line=11),
            Paragraph("II. TỔ CHỨC THỰC HIỆN", line=20),
            Paragraph("1. Thủ trưởng các phòng chủ động thực hiện nhiệm vụ tại Phụ lục.", line=21),
            Paragraph(
                "2. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 10 tháng 12 năm 2029.", line=22
            ),
            Paragraph(
                "3. Đề nghị UBND các thị xã, thành phố trực thuộc tỉnh chỉ đạo phối hợp thực hiện.", line=23
            ),
            Paragraph("Nơi nhận:\n- Lưu: VT.", line=30),
            Paragraph("PHỤ LỤC", line=35),
            table,
        ]
    )
    found = closing_requests(document, taken={41})
    assert [(item.content[:12], item.lead, item.due) for item in found] == [
        ("2. Văn phòng", "Văn phòng Sở", "trước ngày 10 tháng 12 năm 2029"),
        ("3. Đề nghị U", "UBND các thị xã, thành phố trực thuộc tỉnh", ""),
    ]


# --- conclusions, closing requests --------------------------------------------------------------

CONCLUSIONS = """
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại buổi làm việc về xây dựng nông thôn mới năm 2026
1. Về hạ tầng
1.1. Giao Phòng Kinh tế rà soát các tiêu chí giao thông, báo cáo trước ngày 15/11/2026.
1.2. Đồng ý chủ trương cho Trường Mầm non Hoa Sen sử dụng tạm thời hội trường thôn làm điểm lẻ cho giáo viên.
1.3. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và giao thông huyện Đông Hòa chỉ đạo nhà thầu hoàn thành trước ngày 30/12/2026.
2. Giao Văn phòng HĐND và UBND huyện theo dõi; định kỳ 6 tháng tổng hợp, báo cáo.
"""


def test_an_approval_is_no_item_and_a_long_body_name_still_leads():
    found = conclusions.recognise(context_of(CONCLUSIONS))
    assert [item.content[:20] for item in found.items] == [
        "Giao Phòng Kinh tế r",
        "Ban Quản lý dự án đầ",
        "Giao Văn phòng HĐND ",
    ]
    assert (
        found.items[1].lead
        == "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và giao thông huyện Đông Hòa"
    )
    assert due_in(found.items[2].content) == "định kỳ 6 tháng"
    assert parse_due("định kỳ 6 tháng", year=2026).recurrence == "half_yearly"
    long_name = " ".join(["Ban"] + ["Quản"] * 20)
    assert assignment_in(f"{long_name} chỉ đạo nhà thầu") is None  # a run past 20 words is no name


PORTAL_CLOSE = """
Nhiệm vụ quý III năm 2026 của Sở Tư pháp
Phòng Hành chính tư pháp:
1. Hướng dẫn đăng ký hộ tịch trực tuyến. Thời hạn: 30/9/2026.
2. Kiểm tra công tác chứng thực. Thời hạn: Quý III/2026.
Phòng Phổ biến, giáo dục pháp luật:
1. Tổ chức cuộc thi tìm hiểu pháp luật. Thời hạn: tháng 8/2026.
Giám đốc Sở đề nghị các phòng, đơn vị gửi báo cáo về Văn phòng Sở trước ngày 25 hằng tháng.
"""


def test_the_heads_closing_request_to_every_unit_is_an_item():
    context = context_of(PORTAL_CLOSE)
    found = prose_plan.recognise(Context(context.document, UnitResolver([]), year=2026))
    last = found.items[-1]
    assert last.content.startswith("Giám đốc Sở đề nghị các phòng")
    assert (last.lead, last.due) == ("", "hằng tháng")
    # Unnamed, the same dated request is still a duty of every unit; a call to carry out what the
    # document assigns ("… thực hiện nghiêm túc các nhiệm vụ được giao") is its closing, not an item.
    own = PORTAL_CLOSE.replace("Giám đốc Sở đề nghị các phòng", "Yêu cầu các phòng")
    found = prose_plan.recognise(Context(context_of(own).document, UnitResolver([]), year=2026))
    assert found.items[-1].content.startswith("Yêu cầu các phòng")
    call = own.replace("gửi báo cáo về Văn phòng Sở", "thực hiện nghiêm túc các nhiệm vụ được giao, báo cáo")
    found = prose_plan.recognise(Context(context_of(call).document, UnitResolver([]), year=2026))
    assert not found.items[-1].content.startswith("Yêu cầu")


# --- times --------------------------------------------------------------------------------------


def test_a_list_of_months_or_quarters_sharing_a_year_is_due_at_the_last():
    assert parse_due("Tháng 3, 4 và 5/2026", year=2026).date == date(2026, 5, 31)
    assert parse_due("Quý I, II và III/2026", year=2026).date == date(2026, 9, 30)
    assert parse_due("Quý II và Quý IV năm 2026", year=2026).date == date(2026, 12, 31)
    assert parse_due("tháng 5, 6/5", year=2026).date == date(2026, 5, 31)  # "6/5" is a day, not a month


def test_ca_thang_is_the_end_of_a_months_programme_and_needs_a_person_in_a_year():
    month = {"year": 2026, "period_start": date(2026, 7, 1), "period_end": date(2026, 7, 31)}
    assert parse_due("Cả tháng", **month).date == date(2026, 7, 31)
    assert parse_due("Trong tháng", **month).date == date(2026, 7, 31)
    year = parse_due("Cả tháng", year=2026, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31))
    assert year.date is None and year.needs_review


def test_trong_tuan_is_the_end_of_a_weeks_plan_and_needs_a_person_in_a_month():
    week = {"year": 2026, "period_start": date(2026, 4, 6), "period_end": date(2026, 4, 11)}
    assert parse_due("Trong tuần", **week).date == date(2026, 4, 11)
    assert parse_due("Cả tuần", **week).date == date(2026, 4, 11)
    month = parse_due("Trong tuần", year=2026, period_start=date(2026, 4, 1), period_end=date(2026, 4, 30))
    assert month.date is None and month.needs_review


def test_dat_ke_hoach_in_a_sentence_is_no_title():
    lines = [
        (1, "Năm học 2026 - 2027, tỷ lệ huy động trẻ ra lớp đạt kế hoạch."),
        (2, "Kế hoạch công tác tháng 11 năm 2026"),
    ]
    period = find_title(lines, 2026)
    assert (period.kind, period.start, period.end) == ("month", date(2026, 11, 1), date(2026, 11, 30))


# --- reading PDF and OCR text -------------------------------------------------------------------


def test_a_pdf_line_cut_at_the_margin_continues_into_the_next():
    document = Document(name="x.pdf", kind="pdf")
    lines = [
        "1.1. Sở Nội vụ khẩn trương tổng hợp nhu cầu biên chế của các",
        "đơn vị sự nghiệp công lập, báo cáo UBND tỉnh chậm nhất ngày",
        "20/11/2026.",
        "1.2. Phòng Văn hóa là đầu mối theo dõi, tổng hợp, báo cáo",
        "Giám đốc Sở trước ngày 25/12/2026.",
        "KẾT LUẬN",
    ] + [f"Dòng văn bản thứ {n} có độ dài trung bình." for n in range(8)]
    document.blocks = [Paragraph(text, line=n) for n, text in enumerate(lines, start=1)]
    texts = [text for _line, text in paragraphs(document)]
    assert texts[0].endswith("chậm nhất ngày 20/11/2026.")
    assert (
        texts[1]
        == "1.2. Phòng Văn hóa là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Sở trước ngày 25/12/2026."
    )
    assert texts[2] == "KẾT LUẬN"


def test_in_a_hard_wrapped_text_a_heading_block_opens_a_paragraph_of_its_own():
    document = Document(name="x.html", kind="html")
    filler = [
        Paragraph(f"Dòng văn bản số {n} có độ dài trung bình không dấu chấm", line=n) for n in range(1, 22)
    ]
    document.blocks = [
        *filler,
        Paragraph("- Thời gian: Tuần 10 (02/11 - 07/11/2026)", line=30, style="list"),
        Paragraph("Việc 3. Tổ chức ngoại khóa cho học sinh", line=31, style="heading", level=6),
    ]
    texts = [text for _line, text in paragraphs(document)]
    assert texts[-2:] == [
        "- Thời gian: Tuần 10 (02/11 - 07/11/2026)",
        "Việc 3. Tổ chức ngoại khóa cho học sinh",
    ]


def test_an_ocr_syllable_with_a_stray_marked_vowel_loses_it():
    assert drop_stray_vowel("hợẹp") == "hợp"
    assert drop_stray_vowel("nghiệẹm") == "nghiệm"
    for whole in ("khoẻ", "người", "hoà", "Tổng", "UBND"):
        assert drop_stray_vowel(whole) == whole
    assert repair_word("hợẹpsố") == "hợp số"


def test_a_calendar_of_several_weeks_runs_from_the_first_to_the_last():
    lines = [
        (1, "LỊCH CÔNG TÁC TUẦN 10 NĂM 2026"),
        (2, "Thứ Hai 02/3: Giao ban"),
        (9, "LỊCH CÔNG TÁC TUẦN 11 NĂM 2026"),
        (10, "Thứ Ba 10/3: Tập huấn"),
        (20, "Lịch công tác tuần 30 năm 2026 sẽ thông báo sau"),  # months away: not this calendar's
    ]
    period = find_title(lines, 2026)
    assert (period.kind, period.start, period.end) == ("week", date(2026, 3, 2), date(2026, 3, 15))
    one = find_title(lines[:2], 2026)
    assert (one.start, one.end) == (date(2026, 3, 2), date(2026, 3, 8))


def test_the_organising_part_above_an_appendix_closes_the_document():
    """An action programme whose `TỔ CHỨC THỰC HIỆN` part stands above its `PHỤ LỤC` table (h13fixN2):
    a request there to every unit with a day and a yearly round is an item without lead; the aims
    above it, a unit's heading and a budget rule without a day are not."""
    table = table_of(
        [
            ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Rà soát quy hoạch", "Phòng Kinh tế", "Quý II/2027"],
        ]
    )
    table.row_lines = [30, 31]
    document = BlocksDocument(
        [
            Paragraph("I. MỤC ĐÍCH, YÊU CẦU", line=10),
            Paragraph("Các phòng, ban xác định rõ trách nhiệm, báo cáo trước ngày 30/6/2027.", line=11),
            Paragraph("II. TỔ CHỨC THỰC HIỆN", line=12),
            Paragraph(
                "Các công chức được giao chủ trì xây dựng kế hoạch; định kỳ trước ngày 20/12 hằng năm báo cáo kết quả về Văn phòng.",
                line=13,
            ),
            Paragraph("1. Phòng Tài chính - Kế hoạch", line=14),
            Paragraph("Các phòng, ban bố trí kinh phí trong dự toán ngân sách hằng năm.", line=15),
            Paragraph("PHỤ LỤC", line=20),
            Paragraph("DANH MỤC NHIỆM VỤ", line=21),
            table,
        ]
    )
    found = closing_requests(document, taken={31})
    assert [(item.line, item.lead, due_in(item.content)) for item in found] == [(13, "", "hằng năm")]
    # without the appendix heading the text above the table is not the closing
    document.blocks = [block for block in document.blocks if getattr(block, "line", 0) != 20]
    assert closing_requests(BlocksDocument(document.blocks), taken={31}) == []


def test_a_day_without_a_year_every_year_is_a_yearly_round():
    assert due_in("định kỳ trước ngày 15/12 hằng năm gửi báo cáo") == "hằng năm"
    assert due_in("báo cáo trước ngày 15/12/2027 và hằng năm") == "trước ngày 15/12/2027"
    assert due_in("trước ngày 15/12; tổng kết hằng năm") == "trước ngày 15/12"


def test_a_legend_code_in_mixed_case_and_a_lead_naming_its_partner_in_parentheses():
    legend = code_legend(["CTr: Chi cục Trồng trọt", "NV: Phòng Nghiệp vụ", "Ghi: sổ theo dõi"])
    assert legend == {"CTr": "Chi cục Trồng trọt", "NV": "Phòng Nghiệp vụ"}
    assert split_partner("CTr (NV phối hợp)") == ("CTr", "NV")
    assert split_partner("Phòng Nghiệp vụ (phối hợp: Văn phòng)") == ("Phòng Nghiệp vụ", "Văn phòng")
    assert split_partner("Phòng Nghiệp vụ (Tổ 2)") == ("Phòng Nghiệp vụ (Tổ 2)", "")


def test_a_table_lead_cell_of_codes_with_a_partner_reads_as_the_lead_unit_only():
    items = table_items(
        table_of(
            [
                ["STT", "Công việc", "Chủ trì", "Thời hạn"],
                ["1", "Kiểm tra giống cây trồng lưu hành", "CTr (NV phối hợp)", "30/9/2028"],
                ["2", "Tập huấn quy trình sản xuất an toàn", "NV", "31/10/2028"],
                ["CTr: Chi cục Trồng trọt; NV: Phòng Nghiệp vụ", "", "", ""],
            ]
        )
    )
    assert [item.lead for item in items[:2]] == ["Chi cục Trồng trọt", "Phòng Nghiệp vụ (NV)"]
    assert items[0].coordinating == "Phòng Nghiệp vụ (NV)"


def test_a_recurring_request_after_the_tables_to_the_kinds_leading_their_rows_is_an_item():
    # One small table per problem, then a note asking every kind of unit that leads the rows for a
    # report each month by a day: their duty (no lead). A report asked of kinds no row names is an
    # item too (a closing reporting request, the policy of the corpus README); an undated charge
    # to them is none.
    table = table_of(
        [
            ["Giải pháp", "Đơn vị thực hiện", "Thời hạn"],
            ["Rà soát quy trình tiếp nhận hồ sơ", "Phòng Hành chính", "30/6/2029"],
            ["Tập huấn kỹ năng giao tiếp", "Trung tâm Đào tạo", "Quý III/2029"],
        ]
    )
    table.row_lines = [10, 11, 12]
    leads = ["Phòng Hành chính", "Trung tâm Đào tạo"]
    document = BlocksDocument(
        [
            table,
            Paragraph(
                "Các phòng, trung tâm báo cáo kết quả về Ban Giám đốc trước ngày 25 hằng tháng.", line=20
            ),
            Paragraph("Các sở báo cáo kết quả về Ban Giám đốc trước ngày 25 hằng tháng.", line=21),
            Paragraph("Các sở chủ động phối hợp, hằng tháng rà soát tiến độ.", line=22),
        ]
    )
    found = closing_requests(document, taken={11, 12}, leads=leads)
    assert [(item.line, item.lead, item.due) for item in found] == [
        (20, "", "hằng tháng"),
        (21, "", "hằng tháng"),
    ]
    assert [item.line for item in closing_requests(document, taken={11, 12})] == [20, 21]


def test_a_group_row_blank_after_its_text_gives_its_sub_items_no_due_of_the_row_above():
    # `2 | Xã hội` over `2.1`, `2.2` in a sheet whose last column is the due: the group row is blank
    # after its text (not merged from above), so `2.1` with a blank due has none.
    table = table_of(
        [
            ["Mã số", "Tên chỉ tiêu", "Đơn vị tính", "Cơ quan theo dõi", "Thời hạn"],
            ["1", "Kinh tế", "", "", ""],
            ["1.1", "Thu ngân sách", "Tỷ đồng", "Phòng Tài chính", "Tháng 10/2029"],
            ["2", "Xã hội", "", "", ""],
            ["2.1", "Tỷ lệ hộ nghèo", "%", "Phòng Nội vụ", ""],
            ["2.2", "Số trường đạt chuẩn", "Trường", "Phòng Giáo dục", "Trước 30/8/2029"],
        ]
    )
    table.spans_known = False
    found = table_items(table)
    assert [(item.content, item.due) for item in found] == [
        ("Thu ngân sách", "Tháng 10/2029"),
        ("Tỷ lệ hộ nghèo", ""),
        ("Số trường đạt chuẩn", "Trước 30/8/2029"),
    ]


def test_a_closing_reporting_request_to_every_unit_is_an_item_whoever_leads_the_tasks():
    # The lead's policy: a programme's closing request for a report by a round is a recurring item
    # of the units it asks, with or without a day, whatever kinds lead the rows above.
    table = table_of(
        [
            ["Công việc", "Đơn vị chủ trì", "Thời hạn"],
            ["Kiểm kê tài sản công", "Trung tâm Dịch vụ công", "Quý I/2030"],
            ["Cập nhật cơ sở dữ liệu giá", "Chi cục Thống kê", "30/4/2030"],
        ]
    )
    table.row_lines = [5, 6, 7]
    document = BlocksDocument(
        [
            table,
            Paragraph("Ghi chú: (*) nhiệm vụ chuyển tiếp từ năm 2029.", line=9),
            Paragraph(
                "Các cơ quan, đơn vị gửi báo cáo tiến độ về Thường trực Ban định kỳ hằng quý.", line=10
            ),
            Paragraph("Các đơn vị căn cứ báo cáo năm trước xây dựng kế hoạch hằng năm.", line=11),
        ]
    )
    found = closing_requests(document, taken={6, 7}, leads=["Trung tâm Dịch vụ công", "Chi cục Thống kê"])
    assert [(item.line, item.lead, item.due) for item in found] == [(10, "", "định kỳ hằng quý")]


def test_asks_report_reads_a_report_asked_of_every_unit():
    from engine.importing.layouts.prose_facts import asks_report

    assert asks_report("Các phòng, ban chuyên môn báo cáo kết quả về Văn phòng trước ngày 18 hằng tháng.")
    assert asks_report("Toàn thể viên chức Trạm định kỳ gửi báo cáo công việc cho Trưởng trạm hằng tuần.")
    assert not asks_report("Các đơn vị căn cứ báo cáo năm trước xây dựng kế hoạch.")
    assert not asks_report("Phòng Tài chính báo cáo kết quả hằng tháng.")  # a named unit: its own duty
    assert not asks_report("Các xã tổ chức tuyên truyền hằng tháng.")


def test_a_legend_code_of_two_groups_of_capitals_with_a_space_names_its_unit():
    # h13fixNB (the shape of h329): `TT DN-HTND - …`, the name running on past the code's letters.
    legend = code_legend(
        [
            "Viết tắt: BQL DA - Ban Quản lý dự án đầu tư xây dựng huyện; TT VH-TT - Trung tâm Văn hóa - Thể thao huyện."
        ]
    )
    assert legend == {
        "BQL DA": "Ban Quản lý dự án đầu tư xây dựng huyện",
        "TT VH-TT": "Trung tâm Văn hóa - Thể thao huyện",
    }


def test_a_table_with_no_doer_column_takes_each_rows_lead_from_its_note():
    items = table_items(
        table_of(
            [
                ["STT", "Nội dung", "Thời gian", "Ghi chú"],
                ["1", "Tổ chức hội nghị tổng kết năm", "Tháng 01/2027", "Văn phòng chủ trì"],
                ["2", "Phát triển hội viên mới", "Quý II/2027", "Ban Tổ chức - Kiểm tra"],
                ["3", "Chi trả trợ cấp trước Tết", "25/01/2027", "Tổ Chế độ BHXH; Bưu điện huyện phối hợp"],
                [
                    "4",
                    "Giao kế hoạch thu năm 2027",
                    "Tháng 01/2027",
                    "Tổ Quản lý thu - Sổ, thẻ (Tổ QLT) chủ trì",
                ],
                ["5", "Kiểm tra hồ sơ hoàn thuế", "20/11/2027", "Đội Kiểm tra thuế số 1"],
                ["6", "Tuyên truyền chính sách mới", "Tháng 3/2027", "Chủ trì: Ban Tuyên giáo"],
                ["7", "Giám sát chính sách hỗ trợ giống", "Quý III/2027", "Theo Kế hoạch số 12/KH-MTTQ"],
                ["8", "Sửa chữa hệ thống điện", "Quý III/2027", "Đã bố trí kinh phí"],
                ["9", "Rà soát danh mục kỹ thuật", "30/9/2027", "Phối hợp Phòng Kế hoạch tổng hợp"],
                ["10", "Tổ chức giao ban cơ sở", "Tháng 6/2027", "Đ/c Lê Văn An"],
                ["11", "Cập nhật hồ sơ doanh nghiệp", "Tháng 5/2027", "Văn phòng đã gửi giấy mời"],
            ]
        )
    )
    assert [item.lead for item in items] == [
        "Văn phòng",
        "Ban Tổ chức - Kiểm tra",
        "Tổ Chế độ BHXH",
        "Tổ Quản lý thu - Sổ, thẻ",
        "Đội Kiểm tra thuế số 1",
        "Ban Tuyên giáo",
        "",  # a basis
        "",  # a remark
        "",  # the coordinating unit alone
        "",  # a person
        "",  # a unit's name followed by a remark
    ]


def test_beside_a_doer_column_only_a_note_saying_who_chairs_fills_an_empty_lead_cell():
    items = table_items(
        table_of(
            [
                ["TT", "Nội dung công việc", "Thời gian", "Cơ quan tham mưu", "Ghi chú"],
                ["1", "Hướng dẫn kiện toàn chi hội", "Quý I/2027", "Ban Tổ chức", ""],
                ["2", "Sơ kết 6 tháng công tác Hội", "Trước 10/7/2027", "", "Văn phòng Hội chủ trì chuẩn bị"],
                ["3", "Tuyên truyền truyền thống", "Tháng 3/2027", "", "Văn phòng Hội"],
            ]
        )
    )
    assert [item.lead for item in items] == ["Ban Tổ chức", "Văn phòng Hội", ""]


def test_a_note_names_a_lead_only_in_a_form_that_says_so():
    from engine.importing.layouts.table_leads import _note_lead

    assert _note_lead("Giao Sở Nội vụ chủ trì") == "Sở Nội vụ"
    assert _note_lead("Đội Thủ tục chủ trì; Tổ Tổng hợp bố trí xe") == "Đội Thủ tục"
    assert _note_lead("Chủ trì: Phòng Kế hoạch") == "Phòng Kế hoạch"
    assert _note_lead("Ban Kinh tế - Xã hội") == ""  # bare, beside a doer column
    assert _note_lead("Ban Kinh tế - Xã hội", bare=True) == "Ban Kinh tế - Xã hội"
    for note in ("Hằng quý", "Theo hướng dẫn của Hội CCB tỉnh", "Sở Y tế phối hợp", "Lùi do trùng lịch"):
        assert _note_lead(note, bare=True) == "", note


def test_where_the_notes_name_the_doers_a_unit_heading_above_leads_no_row_whose_note_names_none():
    rows = [
        ["TT", "Nội dung công việc", "Thời hạn", "Ghi chú"],
        ["1", "Đôn đốc thu nợ thuế", "Trước 15/11/2028", "Đội Quản lý nợ"],
        ["2", "Tuyên truyền chính sách thuế", "Hằng tuần", "Chủ trì: Đội Tuyên truyền"],
        ["3", "Tổng hợp báo cáo thu ngân sách", "03/12/2028", "Theo chỉ đạo của Cục Thuế tỉnh"],
    ]
    heading = Paragraph("Chi cục Thuế khu vực Sông Cầu", style="heading")
    items = table_items(heading, table_of(rows))
    assert [item.lead for item in items] == ["Đội Quản lý nợ", "Đội Tuyên truyền", ""]
    # limit: a table whose notes name no doer keeps the heading's guess
    remarks = [
        [*row[:3], note] for row, note in zip(rows, ("Ghi chú", "", "Đã có kế hoạch", ""), strict=True)
    ]
    assert [item.lead for item in table_items(heading, table_of(remarks))] == [
        "Chi cục Thuế khu vực Sông Cầu"
    ] * 3


# h13fixYC: a note's chair naming a short form the table's own lead or partner columns print.


def test_a_notes_chair_may_name_a_short_form_the_columns_print():
    from engine.importing.layouts.table_leads import _note_lead

    known = frozenset({"p.kt", "p.th", "phong ky thuat"})
    assert _note_lead("P.TH chủ trì", known=known) == "P.TH"
    assert _note_lead("Chủ trì: P.KT", known=known) == "P.KT"
    # limits: a short form the columns never print, no chair's words, a person
    assert _note_lead("BGĐ chủ trì", known=known) == ""
    assert _note_lead("P.TH", known=known) == ""
    assert _note_lead("P.TH phối hợp", known=known) == ""
    assert _note_lead("Đ/c Lực chủ trì", known=known) == ""


def test_a_row_with_no_lead_cell_is_led_by_the_short_form_its_note_chairs():
    rows = [
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
        ["1", "Xây dựng mô hình trồng lúa hữu cơ", "Phòng Kỹ thuật (P.KT)", "", "Tháng 4/2028", ""],
        ["2", "Xuất bản bản tin khuyến nông", "Phòng Thông tin - Tổng hợp (P.TH)", "P.KT", "Hằng quý", ""],
        ["3", "Nghiệm thu các mô hình trình diễn", "", "P.KT", "Trước 31/3/2028", "P.TH chủ trì"],
        ["4", "Tổng kết công tác năm", "", "P.KT", "Tháng 12/2028", "BGĐ chủ trì"],
    ]
    items = table_items(Paragraph("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028"), table_of(rows))
    by_start = {item.content[:12]: item.lead for item in items}
    assert by_start["Nghiệm thu c"] == "P.TH"
    assert by_start["Tổng kết côn"] == ""  # `BGĐ` is no unit the columns print
