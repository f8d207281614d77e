"""A calendar's `Chủ trì` column naming persons by a professional or academic title before the name
(`ThS.BS. Đặng Văn Lực - Giám đốc`, `PGS.TS. …`) beside a preparing-unit column: the person chairs,
the preparing unit leads. A calendar typed as prose whose entries close with `<unit> chuẩn bị.`: that
unit leads. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph, Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import names_leader, preparing_unit
from engine.importing.leaders import names_titled_person
from engine.importing.recognition import Context
from engine.importing.units import names_a_unit
from tests.importing.helpers_blocks import BlocksDocument


def test_a_professional_title_before_a_name_is_a_person_who_chairs():
    for text in ("BSCKII. Hồ Thanh Sơn - Giám đốc", "BS.CKI. Mai Thị Lụa - Phó Giám đốc", "ThS.BS. Đặng Văn Lực",
                 "PGS.TS. Châu Ngọc Bích, Hiệu trưởng", "DS. Tạ Minh Khang", "ĐD. Kiều Thị Nga (Điều dưỡng trưởng)",
                 "TS.BS Quách Văn Hiển"):  # fmt: skip
        assert names_titled_person(text) and names_leader(text), text
    for text in (
        "Khoa Hồi sức tích cực",
        "Phòng Điều dưỡng",
        "TS Quách Văn Hiển",
        "KS. xây dựng",
        "Trung tâm Y tế huyện",
    ):
        assert not names_titled_person(text), text


def test_the_preparing_unit_leads_beside_a_chair_column_of_titled_persons():
    rows = [
        [("Ngày", 1, 1), ("Buổi", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Chuẩn bị", 1, 1)],
        [("Thứ 2 (06/12/2027)", 2, 1), ("Sáng", 1, 1), ("Giao ban chuyên môn toàn viện", 1, 1),
         ("BSCKII. Hồ Thanh Sơn - Giám đốc", 1, 1), ("Phòng Kế hoạch tổng hợp", 1, 1)],
        [("Chiều", 1, 1), ("Kiểm tra vệ sinh buồng bệnh", 1, 1), ("BS.CKI. Mai Thị Lụa - Phó Giám đốc", 1, 1),
         ("Khoa Kiểm soát nhiễm khuẩn", 1, 1)],
        [("Thứ 3 (07/12/2027)", 1, 1), ("Sáng", 1, 1), ("Họp Hội đồng thuốc", 1, 1),
         ("DS. Tạ Minh Khang - Phó Giám đốc", 1, 1), ("Khoa Dược", 1, 1)],
    ]  # fmt: skip
    found = calendar_weeks.recognise(
        Context(BlocksDocument([Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])]), None)
    )
    assert [i.lead for i in found.items] == [
        "Phòng Kế hoạch tổng hợp",
        "Khoa Kiểm soát nhiễm khuẩn",
        "Khoa Dược",
    ]
    assert found.items[0].leader.startswith("BSCKII. Hồ Thanh Sơn")


def test_an_entry_closing_with_the_unit_that_prepares_it():
    assert (
        preparing_unit("Họp bàn kế hoạch thu thuế. Địa điểm: Phòng họp 2. Văn phòng Cục chuẩn bị.")
        == "Văn phòng Cục"
    )
    assert (
        preparing_unit("Tập huấn kỹ năng hòa giải (trực tuyến). Tòa Lao động chuẩn bị nội dung.")
        == "Tòa Lao động"
    )
    assert (
        preparing_unit(
            "Hội nghị triển khai. Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại chuẩn bị."
        )
        == "Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại"
    )
    # not a unit, or not the sentence's end: no lead
    assert preparing_unit("Họp giao ban. Các đơn vị chuẩn bị.") == ""
    assert preparing_unit("Họp giao ban. Đồng chí Phó Cục trưởng chuẩn bị.") == ""
    assert preparing_unit("Văn phòng chuẩn bị báo cáo tình hình thu ngân sách tháng 5 gửi Cục trưởng.") == ""
    assert names_a_unit("Tòa Hành chính") and not names_a_unit("Tòa nhà Trung tâm")


def test_a_prose_calendar_reads_each_entrys_closing_preparer_as_its_lead():
    found = calendar_weeks.recognise(
        Context(
            BlocksDocument(
                [
                    Paragraph("LỊCH CÔNG TÁC TUẦN"),
                    Paragraph("(Từ ngày 01/3/2027 đến ngày 05/3/2027)"),
                    Paragraph("THỨ HAI (01/3/2027)"),
                    Paragraph(
                        "- 8 giờ 00: Giao ban lãnh đạo Cục. Thành phần: lãnh đạo Cục. Văn phòng Cục chuẩn bị."
                    ),
                    Paragraph(
                        "- 14 giờ 00: Làm việc với Chi cục Thuế khu vực II về nợ đọng thuế. Phòng Quản lý nợ chuẩn bị."
                    ),
                    Paragraph("THỨ BA (02/3/2027)"),
                    Paragraph("- 8 giờ 00: Đồng chí Cục trưởng dự hội nghị tại Bộ Tài chính."),
                ]
            ),
            None,
            year=2027,
        )
    )
    assert [(i.content[:20], i.lead) for i in found.items] == [
        ("Giao ban lãnh đạo Cụ", "Văn phòng Cục"),
        ("Làm việc với Chi cục", "Phòng Quản lý nợ"),
        ("Đồng chí Cục trưởng ", ""),
    ]
