"""A small body's staff posts leading as posts: by the field in their charge (`Giao đồng chí Chuyên viên
phụ trách công nghệ thông tin …`) and by their work with the holder in parentheses (`Kế toán (cô …)
lập dự toán …`), their round duty under `TỔ CHỨC THỰC HIỆN` after a task table an item; every unit's
report opening with the time it starts from (`Từ tháng 01/2027, các cơ quan, đơn vị báo cáo …`), under
a `Ghi chú:` label too; a calendar's note merged across under its entries, a remark then every
division's registration. Held-out h815, h831, h813, h830 (moved); siblings zg1–zg3. Own text."""

# ruff: noqa: E501 — document text is data: long lines.

import io

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import (
    EVERY_UNIT,
    assignment_in,
    holder_after_post,
    staff_post_opens,
)
from engine.importing.layouts.prose_tasks import addresses_every_unit
from engine.importing.units import fold


def _contents(data: bytes, name: str, year: int = 2027) -> list[tuple[str, str, str]]:
    result = import_document(data, name, units=[], year=year)
    return [(item.content, item.lead_text or "", item.due_text or "") for item in result.items]


def test_a_staff_post_by_its_field_leads_after_giao_and_its_comrade():
    for text, post in (
        (
            "Giao đồng chí Chuyên viên phụ trách công nghệ thông tin hướng dẫn các trường triển khai học bạ số, hoàn thành trong tháng 02/2027.",
            "Chuyên viên phụ trách công nghệ thông tin",
        ),
        (
            "Giao đ/c Chuyên viên phụ trách an toàn thông tin rà soát phần mềm diệt vi-rút trước ngày 28/02/2027.",
            "Chuyên viên phụ trách an toàn thông tin",
        ),
        (
            "Chuyên viên phụ trách thi đua tổng hợp hồ sơ khen thưởng trước ngày 15/3/2027.",
            "Chuyên viên phụ trách thi đua",
        ),
    ):
        found = assignment_in(text)
        assert found is not None and found.lead == post, text


def test_staff_without_a_field_or_of_every_unit_is_no_post():
    found = assignment_in("Chuyên viên các phòng rà soát hồ sơ trước ngày 15/3/2027.")
    assert found is None or not (found.lead or "").startswith("Chuyên viên")
    assert not staff_post_opens("Kế toán các đơn vị lập dự toán trước ngày 10/01/2027.")
    assert not staff_post_opens("Kế toán, thống kê là công việc thường xuyên của nhà trường.")
    assert not staff_post_opens("Chuyên viên Nguyễn Văn An lập dự toán.")


def test_a_staff_post_with_its_holder_in_parentheses_opens_and_leads():
    text = "Kế toán (cô Phạm Thị Mai) lập dự toán, thanh toán chế độ dạy thêm giờ hằng tháng."
    assert staff_post_opens(text)
    assert staff_post_opens("Văn thư (chị Lê Thị Nga) gửi lịch công tác vào chiều thứ Sáu hằng tuần.")
    assert holder_after_post(text[len("Kế toán") :], "Kế toán") == " (cô Phạm Thị Mai)"
    found = assignment_in(text)
    assert found is not None and found.lead == "Kế toán"
    # (not any parenthesis after the post: a note of what it is, no holder)
    assert not staff_post_opens("Kế toán (kế toán trưởng) lập dự toán hằng tháng.")


def test_a_staff_posts_round_duty_under_the_organising_heading_after_a_table_is_an_item():
    text = "\n".join(
        (
            "TRƯỜNG TIỂU HỌC AN BÌNH",
            "KẾ HOẠCH",
            "Công tác tháng 4 năm 2027",
            "I. NHIỆM VỤ",
            "STT\tNội dung công việc\tNgười phụ trách\tThời gian",
            "1\tKiểm tra hồ sơ chuyên môn khối 5\tHiệu trưởng\tTrước 15/4/2027",
            "2\tTổ chức Ngày hội đọc sách\tPhó Hiệu trưởng\t21/4/2027",
            "3\tKhám sức khỏe định kỳ cho học sinh\tNhân viên y tế\tTừ 05/4 đến 09/4/2027",
            "II. TỔ CHỨC THỰC HIỆN",
            "Thủ quỹ (anh Lý Văn Tài) chi trả tiền ăn bán trú cho học sinh hằng tháng.",
            "Kế toán các đơn vị phối hợp thực hiện.",
            "HIỆU TRƯỞNG",
        )
    )
    items = _contents(text.encode(), "kh.txt")
    paid = [item for item in items if item[0].startswith("Thủ quỹ")]
    assert paid and paid[0][1] == "Thủ quỹ", items
    assert not any(item[0].startswith("Kế toán các đơn vị") for item in items)


def test_every_units_report_after_the_time_it_starts_from_is_addressed_to_them():
    assert addresses_every_unit(
        "Từ tháng 01/2027, các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 25 hằng tháng."
    )
    assert addresses_every_unit(
        "Kể từ quý II/2027, các phòng gửi báo cáo về Văn phòng trước ngày 20 hằng tháng."
    )
    # limits: a named unit after the time, or a time that is no start (`Từ khi …`)
    assert not addresses_every_unit("Từ tháng 01/2027, Phòng Tài chính tổng hợp số liệu hằng tháng.")
    assert not addresses_every_unit("Từ khi có kết quả, các đơn vị báo cáo về Sở trước ngày 25 hằng tháng.")


def test_a_schools_classes_are_every_unit_not_its_courses():
    assert EVERY_UNIT.match(fold("Các lớp báo cáo tỷ lệ chuyên cần của trẻ về Phó Hiệu trưởng"))
    assert EVERY_UNIT.match(fold("Các nhóm, lớp báo cáo sĩ số hằng ngày"))
    assert not EVERY_UNIT.match(fold("Các lớp tập huấn được tổ chức tại Trung tâm"))
    assert not EVERY_UNIT.match(fold("Các lớp bồi dưỡng chính trị hè"))


def _notice(paragraphs: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_note_label_under_the_last_point_asking_every_unit_by_a_round_is_an_item():
    data = _notice(
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 01/2027",
            "Giám đốc Sở kết luận như sau:",
            "1. Phòng Kế hoạch - Tài chính tổng hợp dự toán năm 2027, trình Giám đốc Sở trước ngày 20/01/2027.",
            "2. Văn phòng Sở rà soát quy chế chi tiêu nội bộ, hoàn thành trong tháng 02/2027.",
            "Ghi chú: Từ tháng 02/2027, các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 25 hằng tháng.",
            "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.",
        ]
    )
    items = _contents(data, "tb.docx")
    asked = [item for item in items if item[0].startswith("Từ tháng 02/2027, các phòng")]
    assert asked and not asked[0][1], items


def test_a_note_merged_across_under_a_calendar_leaves_its_remark_out():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    rows = (
        ("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ",),
        ("(Từ ngày 11/01/2027 đến ngày 17/01/2027)",),
        ("Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"),
        ("Thứ Hai\n(11/01)", "08g00", "Giao ban lãnh đạo Sở", "Giám đốc", "Văn phòng Sở", "Phòng họp 1"),
        (
            "Thứ Ba\n(12/01)",
            "14g00",
            "Làm việc với Đoàn kiểm tra của Bộ",
            "Giám đốc",
            "Phòng Quản lý ngành",
            "Phòng họp 2",
        ),
        (),
        (
            "Lịch có thể thay đổi theo chỉ đạo của UBND tỉnh. Các phòng gửi đăng ký lịch tuần sau về Văn phòng Sở trước 15 giờ thứ Năm hằng tuần.",
        ),
    )
    for index, row in enumerate(rows, 1):
        for column, text in enumerate(row, 1):
            sheet.cell(row=index, column=column, value=text)
        if len(row) == 1:
            sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=6)
    buffer = io.BytesIO()
    book.save(buffer)
    items = _contents(buffer.getvalue(), "lich.xlsx")
    asked = [item for item in items if "đăng ký lịch tuần sau" in item[0]]
    assert asked and asked[0][0].startswith("Các phòng gửi đăng ký"), items
