"""Unit headings over lettered items, a labelled lead under a topic heading, a time after a closing
dash, lettered sub-rows of a numbered table row, and a results section's table (h13fixH)."""

import pytest

from engine.importing.blocks import Paragraph
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_facts import roles_label, unit_heading
from tests.importing.helpers_blocks import context_of, table_items, table_of

DECISION = """QUYẾT ĐỊNH
Điều 1. Phân công nhiệm vụ cho các đơn vị trực thuộc như sau:
1. Phòng Kế hoạch - Tổng hợp
a) Lập danh mục cơ sở cần kiểm tra trong quý; trình Giám đốc trước ngày 20/8/2026.
b) Tổng hợp số liệu của các tổ, báo cáo Sở hằng tháng.
2. Các Tổ Kiểm tra liên ngành số 4, số 5
a) Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn; hoàn thành trong tháng 9/2026.
b) Lập biên bản, chuyển hồ sơ vi phạm về Phòng Kế hoạch - Tổng hợp; thực hiện thường xuyên.
3. Văn phòng: Chuẩn bị xe, kinh phí cho các tổ; hoàn thành trước ngày 31/8/2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký."""


def test_a_unit_heading_alone_on_its_line_leads_the_lettered_items_under_it():
    items = prose_plan.recognise(context_of(DECISION)).items
    assert [(item.content[:18], item.lead) for item in items] == [
        ("Lập danh mục cơ sở", "Phòng Kế hoạch - Tổng hợp"),
        ("Tổng hợp số liệu c", "Phòng Kế hoạch - Tổng hợp"),
        ("Kiểm tra các cơ sở", "Các Tổ Kiểm tra liên ngành số 4, số 5"),
        ("Lập biên bản, chuy", "Các Tổ Kiểm tra liên ngành số 4, số 5"),
        ("Văn phòng: Chuẩn b", "Văn phòng"),
    ]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Phòng Kế hoạch - Tổng hợp", "Phòng Kế hoạch - Tổng hợp"),
        ("Phòng Hành chính – Tổ chức", "Phòng Hành chính – Tổ chức"),
        ("Đội Kiểm tra số 2", "Đội Kiểm tra số 2"),
        ("Các Tổ Công tác đặc biệt", "Các Tổ Công tác đặc biệt"),
        ("Tổ chức tổng kết năm học", None),  # `Tổ chức` is a verb, not a section's name
        ("Đội ngũ giáo viên", None),
        ("Phòng Kinh tế tổng hợp số liệu", None),  # a verb without a dash ends the name
    ],
)
def test_unit_heading_names(text, unit):
    found = unit_heading(text)
    assert (found[0] if found else None) == unit


PLAN = """KẾ HOẠCH CÔNG TÁC NĂM 2026
II. Nhiệm vụ cụ thể
1. Công tác thư viện
Đơn vị chủ trì: Tổ Thư viện (phụ trách: ThS. Trần Văn An, Phó Hiệu trưởng)
- a) Bổ sung đầu sách tham khảo cho các ngành mới — chậm nhất ngày 15/8/2026.
- b) Số hóa luận văn giai đoạn 2020 - 2025 — Quý II-III/2026.
2. Công tác học sinh
Đơn vị chủ trì: Đoàn Thanh niên
- Tổ chức ngày hội đọc sách cho học sinh — trong tháng 10.
- Theo dõi nề nếp của các chi đoàn, gửi Ban Giám hiệu — hằng tuần vào thứ Hai."""


def test_a_labelled_lead_under_a_topic_heading_leads_its_list_and_a_closing_dash_gives_the_time():
    items = prose_plan.recognise(context_of(PLAN)).items
    assert [(item.content[:14], item.lead, item.leader, item.due) for item in items] == [
        ("a) Bổ sung đầu", "Tổ Thư viện", "ThS. Trần Văn An, Phó Hiệu trưởng", "chậm nhất ngày 15/8/2026"),
        ("b) Số hóa luận", "Tổ Thư viện", "ThS. Trần Văn An, Phó Hiệu trưởng", "Quý II-III/2026"),
        ("Tổ chức ngày h", "Đoàn Thanh niên", "", "trong tháng 10"),
        # a deadline phrase in the sentence comes before the dash's time
        ("Theo dõi nề nế", "Đoàn Thanh niên", "", "hằng tuần"),
    ]


def test_lettered_sub_rows_of_a_numbered_row_are_its_items_led_by_its_unit():
    table = table_of(
        [
            ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
            ["1", "Nâng cấp cổng thông tin điện tử của Sở", "Trung tâm Công nghệ thông tin", ""],
            ["", "a) Lựa chọn đơn vị tư vấn", "", "Tháng 5/2026"],
            ["", "b) Triển khai, nghiệm thu", "", "Quý IV/2026"],
            ["2", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Tháng 6/2026"],
            ["", "sau khi có quyết định công bố", "", ""],
            ["3", "Tổ chức hội nghị sơ kết", "Phòng Tổ chức", "Tháng 7/2026"],
            ["", "a) Chuẩn bị báo cáo", "", "Trước ngày 10/7/2026"],
        ]
    )
    items = table_items(table)
    assert [(item.ref, item.content, item.lead, item.due) for item in items] == [
        ("1 a)", "a) Lựa chọn đơn vị tư vấn", "Trung tâm Công nghệ thông tin", "Tháng 5/2026"),
        ("1 b)", "b) Triển khai, nghiệm thu", "Trung tâm Công nghệ thông tin", "Quý IV/2026"),
        ("2", "Rà soát thủ tục hành chính sau khi có quyết định công bố", "Văn phòng Sở", "Tháng 6/2026"),
        # a numbered row printing its own time stays an item beside its sub-rows
        ("3", "Tổ chức hội nghị sơ kết", "Phòng Tổ chức", "Tháng 7/2026"),
        ("3 a)", "a) Chuẩn bị báo cáo", "Phòng Tổ chức", "Trước ngày 10/7/2026"),
    ]


def test_a_table_under_a_results_heading_holds_no_tasks():
    header = ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
    done = table_of([header, ["1", "Tổ chức hội thi tay nghề", "Phòng Điều dưỡng", "Đã tổ chức 12/3/2026"]])
    plan = table_of([header, ["1", "Tổ chức tập huấn kiểm soát nhiễm khuẩn", "Khoa Nội", "Tháng 4/2026"]])
    items = table_items(
        Paragraph("I. KẾT QUẢ THỰC HIỆN THÁNG 3/2026", 1),
        done,
        Paragraph("II. NHIỆM VỤ THÁNG 4/2026", 4),
        plan,
    )
    assert [item.content for item in items] == ["Tổ chức tập huấn kiểm soát nhiễm khuẩn"]
    # without the results heading both tables are tasks
    assert len(table_items(Paragraph("I. CÔNG VIỆC THÁNG 3/2026", 1), done, plan)) == 2


def test_a_results_part_lasts_over_its_numbered_sub_headings_up_to_the_next_part():
    header = ["STT", "Chỉ tiêu", "Đơn vị thực hiện", "Thời gian"]
    figures = table_of([header, ["1", "Số lớp tập huấn cho cộng tác viên", "Phòng Dân số", "Quý I/2026"]])
    task = ["1", "Tổ chức ngày hội hiến máu tình nguyện", "Khoa Xét nghiệm", "Tháng 6/2026"]
    plan = table_of([header, task])
    items = table_items(
        Paragraph("I. KẾT QUẢ HOẠT ĐỘNG QUÝ I/2026", 1),
        Paragraph("1. Công tác dân số: tổ chức 08 lớp tập huấn.", 2),
        Paragraph("2. Số liệu chủ yếu:", 3),
        figures,
        Paragraph("II. PHƯƠNG HƯỚNG QUÝ II/2026", 4),
        plan,
    )
    assert [item.content for item in items] == ["Tổ chức ngày hội hiến máu tình nguyện"]
    # a numbered sub-heading naming tasks ends the results part
    items = table_items(
        Paragraph("I. KẾT QUẢ HOẠT ĐỘNG QUÝ I/2026", 1),
        Paragraph("2. Nhiệm vụ quý II/2026:", 3),
        plan,
    )
    assert [item.content for item in items] == ["Tổ chức ngày hội hiến máu tình nguyện"]


def test_an_assignment_matrix_names_its_units_in_the_header_and_marks_lead_and_partners():
    spanning = ("Cơ quan thực hiện", 1, 4)
    table = table_of(
        [
            [("TT", 2, 1), ("Công việc", 2, 1), ("Thời hạn", 2, 1), spanning],
            ["Phòng Nội vụ", "Trung tâm Y tế", "Trường Mầm non", "Ban Chỉ huy Quân sự"],
            ["1", "Kiểm tra an toàn thực phẩm bếp ăn tập thể", "Tháng 8/2026", "P", "C", "P", ""],
            ["2", "Tổ chức diễn tập phòng cháy", "Quý IV/2026", "", "", "CT", "PH"],
            ["3", "Rà soát hồ sơ cán bộ", "30/9/2026", "x", "", "", "x"],
            ["Ghi chú: C - Chủ trì; P - Phối hợp.", "", "", "", "", "", ""],
        ]
    )
    items = table_items(table)
    assert [(item.content[:14], item.lead, item.coordinating, item.due) for item in items] == [
        ("Kiểm tra an to", "Trung tâm Y tế", "Phòng Nội vụ; Trường Mầm non", "Tháng 8/2026"),
        ("Tổ chức diễn t", "Trường Mầm non", "Ban Chỉ huy Quân sự", "Quý IV/2026"),
        ("Rà soát hồ sơ ", "Phòng Nội vụ; Ban Chỉ huy Quân sự", "", "30/9/2026"),
    ]


def test_a_section_row_naming_a_unit_leads_the_rows_under_it_where_no_column_names_the_lead():
    table = table_of(
        [
            ["STT", "Nội dung", "Thời hạn", "Ghi chú"],
            [("A. Phòng Tài nguyên và Môi trường", 1, 4)],
            ["1", "Rà soát các điểm tập kết rác thải", "Tháng 7/2026", ""],
            [("B. Trung tâm Văn hóa - Thể thao", 1, 4)],
            ["2", "Tổ chức giải chạy việt dã", "Quý III/2026", ""],
            [("C. Các nhiệm vụ khác", 1, 4)],
            ["3", "Cập nhật cơ sở dữ liệu đất đai", "Thường xuyên", ""],
        ]
    )
    items = table_items(table)
    assert [(item.content[:14], item.lead) for item in items] == [
        ("Rà soát các đi", "Phòng Tài nguyên và Môi trường"),
        ("Tổ chức giải c", "Trung tâm Văn hóa - Thể thao"),
        ("Cập nhật cơ sở", ""),  # a section naming no unit leads nothing
    ]


def test_a_section_row_naming_its_lead_after_its_title_leads_the_rows_under_it():
    # h13fixNB (the shape of h338): the title, then the lead after a dash or in parentheses.
    table = table_of(
        [
            ["STT", "Hộ được hỗ trợ", "Nội dung hỗ trợ", "Thời gian"],
            [("I. HỖ TRỢ SINH KẾ — Hội Nông dân xã chủ trì", 1, 4)],
            ["1", "Hộ ông Lò Văn Sáng", "Cấp giống bò sinh sản", "Tháng 5/2027"],
            [("II. SỬA CHỮA NHÀ Ở - do Đoàn Thanh niên xã chủ trì, Hội Cựu chiến binh phối hợp", 1, 4)],
            ["2", "Hộ bà Vì Thị Lan", "Lợp lại mái nhà trước mùa mưa", "Tháng 6/2027"],
            [("III. TẶNG QUÀ TẾT (Ủy ban Mặt trận Tổ quốc xã chủ trì)", 1, 4)],
            ["3", "Các hộ nghèo trong xã", "Tặng quà nhân dịp Tết Nguyên đán", "Tháng 1/2028"],
            [("IV. VIỆC KHÁC – chủ trì theo phân công", 1, 4)],
            ["4", "Các hộ cận nghèo", "Rà soát, cập nhật danh sách", "Quý IV/2027"],
        ]
    )
    items = table_items(table)
    assert [(item.content[:14], item.lead) for item in items] == [
        ("Cấp giống bò s", "Hội Nông dân xã"),
        ("Lợp lại mái nh", "Đoàn Thanh niên xã"),
        ("Tặng quà nhân ", "Ủy ban Mặt trận Tổ quốc xã"),
        ("Rà soát, cập n", ""),  # no body named before `chủ trì`
    ]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Các Trạm Y tế xã Hòa Bình, Hòa Phú", "Các Trạm Y tế xã Hòa Bình, Hòa Phú"),
        ("Các Chi cục Thuế khu vực", "Các Chi cục Thuế khu vực"),
        ("Các giải pháp trọng tâm", None),  # no body named
    ],
)
def test_several_bodies_of_one_kind_named_with_a_capital_head_their_items(text, unit):
    found = unit_heading(text)
    assert (found[0] if found else None) == unit


def test_a_wrapped_number_label_names_the_number_column():
    from engine.importing.headers import role_scores

    assert role_scores("ST T") == {"ref": 1.0}
    assert role_scores("T T") == {"ref": 1.0}


@pytest.mark.parametrize(
    "text, unit",
    [
        (
            "Các Sở: Tư pháp, Nội vụ, Khoa học và Công nghệ:",
            "Sở Tư pháp, Sở Nội vụ, Sở Khoa học và Công nghệ",
        ),
        ("Các sở: Văn hóa, Thể thao và Du lịch; Y tế:", "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế"),
        ("Các phòng: Nội vụ, Tài chính - Kế hoạch:", "Phòng Nội vụ, Phòng Tài chính - Kế hoạch"),
        ("Các Sở: chủ động rà soát các nhiệm vụ:", None),  # no names after the kind
        ("Các Sở: Tư pháp, Nội vụ chủ trì rà soát", None),  # no colon closing the names
    ],
)
def test_bodies_of_one_kind_named_after_it_once_are_each_a_unit(text, unit):
    found = unit_heading(text)
    assert (found[0] if found and found[0] != "Các Sở" else None) == unit


DIRECTIVE = """CHỈ THỊ
Về công tác bảo đảm an toàn thực phẩm năm 2029
Chủ tịch UBND tỉnh yêu cầu:
1. Các Sở: Y tế, Công Thương, Nông nghiệp và Môi trường:
- Tổ chức kiểm tra liên ngành về an toàn thực phẩm dịp Tết; hoàn thành trước ngày 15/02/2029.
- Giám sát các bếp ăn tập thể tại khu công nghiệp; thực hiện thường xuyên.
2. Sở Giáo dục và Đào tạo:
- Kiểm tra bếp ăn bán trú tại các trường học trong tháng 9/2029.
3. Đài Phát thanh và Truyền hình tỉnh đưa tin về an toàn thực phẩm hằng tuần.
4. Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu giám sát trong quý III/2029.
5. Thủ trưởng các sở, ngành báo cáo kết quả trước ngày 15/12/2029."""


def test_items_under_an_elliptical_label_are_led_by_every_body_and_a_duty_with_its_own_time_by_its_subject():
    items = prose_plan.recognise(context_of(DIRECTIVE)).items
    assert [(item.content[:20], item.lead) for item in items] == [
        ("Tổ chức kiểm tra liê", "Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường"),
        ("Giám sát các bếp ăn ", "Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường"),
        ("Kiểm tra bếp ăn bán ", "Sở Giáo dục và Đào tạo"),
        ("Đài Phát thanh và Tr", "Đài Phát thanh và Truyền hình tỉnh"),
        ("Trung tâm Kiểm soát ", "Trung tâm Kiểm soát bệnh tật tỉnh"),
        ("Thủ trưởng các sở, n", ""),  # every body's head: no unit leads
    ]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("P.TNMT: đo đạc lại thửa đất số 12", "P.TNMT"),
        ("BP.VH-XH: lập danh sách hộ cận nghèo", "BP.VH-XH"),
        ("TT DVNN: hướng dẫn gieo sạ", "TT DVNN"),
        ("CA thị trấn: tuần tra đêm", "CA thị trấn"),
        ("BQL (Ban Quản lý chợ Đồng Xuân): sửa mái che", "BQL (Ban Quản lý chợ Đồng Xuân)"),
        ("VP: gửi giấy mời họp", "VP"),
    ],
)
def test_an_office_by_its_short_code_before_a_colon_is_a_unit_heading(text, unit):
    assert unit_heading(text) == (unit, text.split(": ", 1)[1])


@pytest.mark.parametrize(
    "text",
    [
        "ANTT: giữ vững, không để xảy ra điểm nóng",  # a topic's code alone
        "CCHC: đạt 95% hồ sơ đúng hạn",
        "P.TNMT đã nhận, sẽ báo cáo sau",  # no run-in colon: a reply, no heading
        "P.TNMT:",  # nothing after the colon
    ],
)
def test_a_topic_code_or_a_code_without_a_task_after_its_colon_is_no_unit_heading(text):
    assert unit_heading(text) is None


def test_numbered_directions_under_office_codes_are_read_with_their_units():
    text = """Truyền đạt ý kiến của Chủ tịch UBND thị trấn:
1/ P.TNMT (Phòng Tài nguyên và Môi trường): đo đạc lại thửa đất số 12, xong trước 10/6/2026.
2/ TT DVNN: hướng dẫn gieo sạ vụ Hè Thu, báo cáo trước 20/6/2026.
3/ CA thị trấn: tăng cường tuần tra ban đêm tại khu phố 3, hoàn thành trong tháng 6/2026."""
    items = prose_plan.recognise(context_of(text)).items
    assert [item.lead for item in items] == [
        "P.TNMT (Phòng Tài nguyên và Môi trường)",
        "TT DVNN",
        "CA thị trấn",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CA thị trấn chủ trì, BCH QS thị trấn phối hợp: kiểm tra an toàn phòng cháy tại chợ đêm",
            ("CA thị trấn", "BCH QS thị trấn", "kiểm tra an toàn phòng cháy tại chợ đêm"),
        ),
        (
            "P.TCKH phối hợp P.NV: rà soát định mức chi hành chính",
            ("P.TCKH", "P.NV", "rà soát định mức chi hành chính"),
        ),
        (
            "Phòng Y tế phối hợp với Trung tâm Y tế huyện: giám sát ổ dịch",
            ("Phòng Y tế", "Trung tâm Y tế huyện", "giám sát ổ dịch"),
        ),
        # not a label of roles: a sentence's `chủ trì phối hợp với …`, a work done together, topics
        ("Phòng Y tế chủ trì phối hợp với Phòng Nội vụ: giám sát …", None),
        ("Tổ công tác phối hợp kiểm tra: các hộ kinh doanh", None),
        ("ATTP phối hợp CCHC: nội dung tuyên truyền", None),
    ],
)
def test_a_run_in_label_of_a_lead_by_its_short_code_and_its_partners(text, expected):
    assert roles_label(text) == expected


def test_a_unit_s_heading_may_note_its_role_in_parentheses_before_its_colon():
    from engine.importing.layouts.prose_facts import unit_heading

    assert unit_heading("Chi cục Thủy lợi (đơn vị thực hiện Chương trình):") == ("Chi cục Thủy lợi", "")
    assert unit_heading("Ban Dân tộc tỉnh (cơ quan thường trực, tổng hợp báo cáo): rà soát danh sách") == (
        "Ban Dân tộc tỉnh",
        "rà soát danh sách",
    )
    # any other parenthesis stays part of the heading as printed
    assert unit_heading("Chi cục Thủy lợi (thực hiện Chương trình):") == (
        "Chi cục Thủy lợi (thực hiện Chương trình)",
        "",
    )


def test_dash_sub_rows_under_a_numbered_row_with_no_time_are_its_tasks_led_by_its_unit():
    # h13fixNB (the shape of h333): unnumbered rows whose content opens with spaces and a dash or
    # a plus under a numbered row naming a unit and no time; one names a unit of its own.
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Chuẩn bị mùa giải bóng đá thiếu niên", "Trung tâm Thể dục thể thao", ""],
            ["", "    - Ban hành điều lệ giải", "", "Tháng 5/2029"],
            ["", "    + Bốc thăm chia bảng", "Liên đoàn Bóng đá tỉnh", "Tháng 6/2029"],
            ["", "    - Tập huấn trọng tài", "", "Tháng 7/2029"],
            ["2", "Sửa chữa mặt sân vận động", "Ban Quản lý dự án", "Quý III/2029"],
        ]
    )
    items = table_items(table)
    assert [(item.content.strip(" -+")[:12], item.lead, item.due) for item in items] == [
        ("Ban hành điề", "Trung tâm Thể dục thể thao", "Tháng 5/2029"),
        ("Bốc thăm chi", "Liên đoàn Bóng đá tỉnh", "Tháng 6/2029"),
        ("Tập huấn trọ", "Trung tâm Thể dục thể thao", "Tháng 7/2029"),
        ("Sửa chữa mặt", "Ban Quản lý dự án", "Quý III/2029"),
    ]
