"""Lines a leaders' calendar prints that are no work item, and entries that stay one."""

from engine.importing.blocks import Paragraph
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import is_not_task, without_tentative
from engine.importing.readers import Document, Line
from engine.importing.recognition import Context


def test_presence_duty_holidays_and_empty_days_are_no_task():
    for text in (
        "Giám đốc và các Phó Giám đốc Sở làm việc tại cơ quan.",
        "Phó Chủ tịch Trần Văn Lộc làm việc tại trụ sở, giải quyết công việc thường xuyên",
        "Làm việc tại văn phòng, xử lý công việc nội bộ",
        "Giải quyết công việc thường xuyên.",
        "+ Những ngày còn lại: Giải quyết công việc thường xuyên.",  # the rest of the week
        "Trực lãnh đạo: Phó Giám đốc Đặng Thu Trang",
        "Trực cơ quan: đ/c Hòa - Phó Chánh Văn phòng",
        "Phó Giám đốc Vũ Anh trực cơ quan",
        "Nghỉ Tết Nguyên đán",
        "Nghỉ bù ngày Quốc khánh",
        "Nghỉ.",
        "(Chưa có lịch)",
        "Không có lịch công tác",
    ):
        assert is_not_task(text), text


def test_meetings_at_the_office_online_and_citizen_reception_stay_tasks():
    for text in (
        "Giám đốc làm việc tại cơ quan với Phòng Quản lý xây dựng về hồ sơ cấp phép",
        "Dự Hội nghị trực tuyến tổng kết công tác dân số",
        "Phó Giám đốc trực tiếp kiểm tra công trình kè sông Lam",
        "Thường trực HĐND tỉnh giám sát việc thu phí",
        "Tiếp công dân định kỳ tháng 6",
        "Nghe báo cáo Nghị quyết số 12 về trực tuyến hóa thủ tục",
        "Họp Ban Thường trực Ủy ban Mặt trận",
    ):
        assert not is_not_task(text), text


def test_a_tentative_marker_is_left_out_of_the_entry():
    assert without_tentative("(dự kiến), Giám đốc làm việc với Cục Thuế") == (
        "Giám đốc làm việc với Cục Thuế",
        True,
    )
    assert without_tentative("Dự kiến: Họp Hội đồng thẩm định") == ("Họp Hội đồng thẩm định", True)
    assert without_tentative("Họp bàn dự kiến phân bổ vốn") == ("Họp bàn dự kiến phân bổ vốn", False)


def _calendar(text: str):
    lines = [line.strip() for line in text.strip().split("\n")]
    document = Document(name="c.txt", kind="text")
    document.lines = [Line(n, (line,)) for n, line in enumerate(lines, start=1)]
    document.blocks = [Paragraph(line, n) for n, line in enumerate(lines, start=1) if line]
    return calendar_weeks.recognise(Context(document, None, year=2027))


def test_a_calendar_of_lines_keeps_only_the_work_items():
    found = _calendar(
        """
THỨ HAI   7/6
- 7 giờ 30, Giám đốc và các Phó Giám đốc làm việc tại cơ quan.
- 9 giờ (dự kiến), Giám đốc làm việc với Cục Thuế về nợ đọng (Phòng Kế hoạch chuẩn bị nội dung).
THỨ BA   8/6
- Cả ngày: Nghỉ bù.
- Trực lãnh đạo: Phó Giám đốc Vũ Anh.
THỨ TƯ   9/6
- 14 giờ, Phó Giám đốc Vũ Anh tiếp công dân định kỳ (Thanh tra Sở chuẩn bị).
"""
    )
    rows = [(item.content[:28], item.lead, item.due) for item in found.items]
    assert rows == [
        ("Giám đốc làm việc với Cục Th", "Phòng Kế hoạch", "07/06/2027 (9 giờ)"),
        ("Phó Giám đốc Vũ Anh tiếp côn", "Thanh tra Sở", "09/06/2027 (14 giờ)"),
    ]


def test_a_last_entry_cut_before_it_says_anything_is_left_out_with_a_warning():
    text = """
THỨ HAI   7/6
- 8 giờ, Giám đốc họp Hội đồng thi đua (Văn phòng Sở chuẩn bị).
THỨ BA   8/6
- 9 giờ, Giám đốc kiểm tra tiến độ dự án kè sông Lam (Ban Quản lý dự án chuẩn bị).
- 14 giờ, Hội đồng thẩm đ
"""
    found = _calendar(text)
    assert [item.content[:20] for item in found.items] == ["Giám đốc họp Hội đồn", "Giám đốc kiểm tra ti"]
    assert found.warnings and found.warnings[0].line == 5
    # A long entry cut at the document's end still says what is to be done: it stays.
    longer = _calendar(
        text.replace("Hội đồng thẩm đ", "Giám đốc làm việc với Sở Xây dựng về quy hoạch chung đô t")
    )
    assert len(longer.items) == 3


def test_an_entry_called_off_is_no_task_and_one_moved_here_stays():
    for text in (
        "(Hoãn)",  # the entry itself struck through and dropped by the reader
        "(Tạm hoãn, sẽ thông báo sau)",
        "Phó Giám đốc kiểm tra kho lưu trữ tại Chi cục Văn thư (Hoãn)",
        "(Hủy do trùng lịch làm việc của Tỉnh ủy)",
        "Họp Tổ công tác cải cách hành chính (Lùi lịch sang tuần sau)",
    ):
        assert is_not_task(text), text
    for text in (
        "Giám đốc họp Hội đồng thẩm định (chuyển từ thứ Ba 14/4)",
        "Nghiệm thu kè sông Lam (hoàn thành trước 30/4)",
        "Họp Ban Chỉ đạo huy động nguồn lực xây dựng nông thôn mới",
    ):
        assert not is_not_task(text), text


def test_a_session_only_carrying_on_an_earlier_entry_is_no_task():
    for text in (
        "(Tiếp tục chương trình buổi sáng)",
        "(Tiếp tục làm việc)",
        "- Tiếp tục hội nghị buổi sáng.",
        "(Tiếp tục phiên tòa buổi sáng)",
        "Tiếp tục nội dung ngày thứ Hai",
    ):
        assert is_not_task(text), text
    # what it goes on doing, or with whom, is named: a task
    for text in (
        "Tiếp tục kiểm tra công tác phòng cháy tại xã Tân Lập",
        "Tiếp tục làm việc với Đoàn kiểm tra của Bộ",
        "Tiếp tục hoàn thiện dự thảo báo cáo tổng kết năm",
    ):
        assert not is_not_task(text), text
