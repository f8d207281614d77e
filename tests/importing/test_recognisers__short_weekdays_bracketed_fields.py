"""Shapes taught by h13fixKN (held-out h270, h272), each on other text: a week's calendar whose
day lines cut the weekday short (`T3 (5/3)`, `T5-T6 (7-8/3)`), whose entries close on a label the
legend abbreviates (`BPCB:`) and unit codes spelt out with a dash (`P.QT-VT - Phòng Quản trị - Vật
tư`), a week part putting the unit in parentheses before its own time (`(P.QT-VT), trước T4`), a
council meeting's standing office; a task paragraph closing on a bracketed field list, the bare
paragraphs beside such tasks, and the request after a notice's closing formula."""

# ruff: noqa: E501 — document text is data: long lines.

from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts.days import is_day_heading, parse_day, preparing_unit, weekday_deadline
from engine.importing.layouts.outline import outline, walk
from engine.importing.layouts.prose_facts import labelled_fields
from engine.importing.layouts.prose_tasks import expand_short_forms
from engine.importing.readers import read_document
from engine.importing.recognition import label_abbreviations
from engine.importing.units import short_form_legend

# --- day lines with the weekday cut short -------------------------------------------------------


def test_a_short_weekday_with_its_date_heads_a_day_and_alone_or_as_a_month_does_not():
    assert is_day_heading("T3 (5/3)")
    assert is_day_heading("T5-T6 (7-8/3)")
    assert is_day_heading("CN, 10/3/2030")
    assert is_day_heading("T7: 09/3")
    assert parse_day("T3 (5/3)", year=2030).when == date(2030, 3, 5)
    assert parse_day("T5-T6 (7-8/3)", year=2030).when == date(2030, 3, 8)
    # a month cut short (`T3/2030`), a range of months, a weekday alone, a sentence: no day line
    assert not is_day_heading("T3/2030")
    assert not is_day_heading("T3-T5/2030")
    assert not is_day_heading("T3")
    assert not is_day_heading("T3 (5/3): họp giao ban các phòng chuyên môn")


def test_a_deadline_naming_only_a_weekday_is_that_day_of_the_week():
    week = {date(2030, 3, 4), date(2030, 3, 8)}  # Monday 4/3 to Friday 8/3/2030
    assert weekday_deadline("Lập dự toán mua sắm (P.QT-VT), trước T4.", week) == date(2030, 3, 6)
    assert weekday_deadline("gửi Văn phòng chậm nhất thứ Sáu", week) == date(2030, 3, 8)
    assert weekday_deadline("trước chiều T.5", week) == date(2030, 3, 7)
    # a weekday with its own date, a date, no deadline word, no week: not this rule's
    assert weekday_deadline("trước T4 (06/3)", week) is None
    assert weekday_deadline("trước 06/3", week) is None
    assert weekday_deadline("họp vào T4", week) is None
    assert weekday_deadline("trước T4", set()) is None


def test_a_council_meetings_standing_office_prepares_it_and_a_person_on_duty_does_not():
    assert preparing_unit("Họp Hội đồng Khoa học công nghệ. Thường trực: Phòng Quản lý khoa học.") == (
        "Phòng Quản lý khoa học"
    )
    assert preparing_unit("Họp Hội đồng kỷ luật. Thường trực: Đ/c Hoàng Văn Tú.") == ""
    assert preparing_unit("Tổng kết năm học. Bộ phận chuẩn bị: Tổ Văn phòng.") == "Tổ Văn phòng"


# --- a legend that abbreviates a label and spells out unit codes ---------------------------------


def test_a_legend_spells_out_an_abbreviated_preparing_label_and_dashed_unit_codes():
    legend_line = "Ký hiệu viết tắt: BPCB - bộ phận chuẩn bị; P.QT-VT - Phòng Quản trị - Vật tư; P.TTr - Phòng Thanh tra; K.XN - Khoa Xét nghiệm."
    assert label_abbreviations([legend_line]) == {"BPCB": "bộ phận chuẩn bị"}
    assert short_form_legend([legend_line]) == {
        "BPCB": "bộ phận chuẩn bị",
        "P.QT-VT": "Phòng Quản trị - Vật tư",
        "P.TTr": "Phòng Thanh tra",
        "K.XN": "Khoa Xét nghiệm",
    }
    # a dash between two names that do not spell each other out is no entry
    assert short_form_legend(["Ghi chú: Phòng Kế toán - Phòng Vật tư phối hợp."]) == {}


def test_a_list_of_codes_whose_names_hold_commas_is_split_by_semicolons():
    legend = {"P.AT": "Phòng An toàn, vệ sinh lao động", "P.KT": "Phòng Kỹ thuật"}
    assert (
        expand_short_forms("P.KT, P.AT", legend)
        == "Phòng Kỹ thuật (P.KT); Phòng An toàn, vệ sinh lao động (P.AT)"
    )
    assert expand_short_forms("P.KT, Phòng Vật tư", legend) == "Phòng Kỹ thuật (P.KT), Phòng Vật tư"


_WEEK = """TRUNG TÂM Y TẾ HUYỆN SƠN ĐÔNG

LỊCH CÔNG TÁC TUẦN 10/2030
(Từ ngày 04/3/2030 đến ngày 08/3/2030)

I. LỊCH THEO NGÀY

T2 (4/3)
- 07h30: Giao ban đầu tuần với các khoa, phòng. BPCB: P.QT-VT.
- 14h00: Kiểm tra chất lượng xét nghiệm tại các trạm y tế xã. BPCB: K.XN, P.TTr.

T4-T5 (6-7/3)
- Tập huấn quy trình an toàn truyền máu cho điều dưỡng. BPCB: K.XN.

T6 (8/3)
- 15h00: Họp Hội đồng thuốc và điều trị quý I. Thường trực: P.QT-VT.

II. VIỆC KHÁC TRONG TUẦN
- Lập dự toán mua sắm hóa chất xét nghiệm (P.QT-VT), trước T4.
- Báo cáo số ca sốt phát ban gửi Sở Y tế (K.XN), sáng T6 hằng tuần.

Ký hiệu viết tắt: BPCB - bộ phận chuẩn bị; P.QT-VT - Phòng Quản trị - Vật tư; P.TTr - Phòng Thanh tra; K.XN - Khoa Xét nghiệm.
"""


def test_a_week_of_short_weekday_lines_reads_its_days_codes_and_week_part():
    result = import_document(_WEEK.encode(), "lich_tuan.txt", units=[], year=2030)
    assert result.layout == "week_calendar"
    assert [(item.content[:22], item.lead_text, item.due_date, item.recurrence) for item in result.items] == [
        ("Giao ban đầu tuần với ", "Phòng Quản trị - Vật tư (P.QT-VT)", date(2030, 3, 4), None),
        ("Kiểm tra chất lượng xé", "Khoa Xét nghiệm (K.XN), Phòng Thanh tra", date(2030, 3, 4), None),
        ("Tập huấn quy trình an ", "Khoa Xét nghiệm (K.XN)", date(2030, 3, 7), None),
        ("Họp Hội đồng thuốc và ", "Phòng Quản trị - Vật tư (P.QT-VT)", date(2030, 3, 8), None),
        ("Lập dự toán mua sắm hó", "Phòng Quản trị - Vật tư (P.QT-VT)", date(2030, 3, 6), None),
        ("Báo cáo số ca sốt phát", "Khoa Xét nghiệm (K.XN)", None, "weekly"),
    ]


# --- fields in square brackets, the bare paragraphs beside them, the closing's request ----------


def test_fields_in_square_brackets_closing_a_task_are_its_fields():
    document = read_document(
        (
            "1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn xã. [Đơn vị thực hiện: Phòng Nông nghiệp và Môi trường; thời hạn: 30/6/2030]\n"
            "2. Hoàn thiện quy chế chi tiêu nội bộ [Chủ trì: Văn phòng; Hạn: Quý II/2030]\n"
            "3. Ghi nhận ý kiến [của các xã] về dự thảo.\n"
        ).encode(),
        "tb.txt",
    )
    nodes = list(walk(outline(document)))
    assert [node.text for node in nodes] == [
        "Rà soát hồ sơ đất đai tồn đọng trên địa bàn xã.",
        "Hoàn thiện quy chế chi tiêu nội bộ",
        "Ghi nhận ý kiến [của các xã] về dự thảo.",
    ]
    assert labelled_fields(nodes[0].fields[0]) == {
        "lead": "Phòng Nông nghiệp và Môi trường",
        "due": "30/6/2030",
    }
    assert labelled_fields(nodes[1].fields[0]) == {"lead": "Văn phòng", "due": "Quý II/2030"}
    assert nodes[2].fields == []  # a bracket in the sentence, no label: part of the text


def test_a_lead_whose_name_holds_a_comma_then_a_small_letter_is_one_body():
    assert labelled_fields("Chủ trì: Phòng Phổ biến, giáo dục pháp luật; Hạn: 30/9/2030") == {
        "lead": "Phòng Phổ biến, giáo dục pháp luật",
        "due": "30/9/2030",
    }
    # (a body handed a part after the lead's name still takes part)
    handed = labelled_fields("Chủ trì: Thanh tra huyện, giao Phòng Nội vụ cử công chức tham gia")
    assert handed["coordinating"] == "Phòng Nội vụ"


_NOTICE = """UBND XÃ HÒA BÌNH
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 4 năm 2030
1. Tháng 4, xã đã hoàn thành thu thuế sử dụng đất phi nông nghiệp đạt 96% kế hoạch; Chủ tịch biểu dương công chức Tài chính - Kế toán.
2. Tổ chức ra quân tổng vệ sinh môi trường các thôn. [Chủ trì: Công chức Văn hóa - Xã hội; Hạn: 15/5/2030]
3. Lập danh sách hộ nghèo đề nghị hỗ trợ sửa nhà. [Chủ trì: Công chức Lao động - Thương binh và Xã hội; Hạn: 20/5/2030]
4. Kiểm tra các điểm tập kết vật liệu xây dựng lấn chiếm hành lang giao thông. [Chủ trì: Công an xã; Hạn: trong tháng 5/2030]
5. Các bộ phận tiếp tục thực hiện nghiêm giờ giấc làm việc.
Văn phòng UBND xã thông báo để các bộ phận biết, thực hiện. Các bộ phận gửi báo cáo kết quả về Văn phòng trước ngày 28 hằng tháng.
Nơi nhận: Như trên; Lưu: VT.
"""


def test_a_notices_bracketed_tasks_leave_out_bare_paragraphs_and_keep_the_closing_request():
    result = import_document(_NOTICE.encode(), "tb_ket_luan.txt", units=[], year=2030)
    assert [(item.content[:20], item.lead_text, item.due_date, item.recurrence) for item in result.items] == [
        ("Tổ chức ra quân tổng", "Công chức Văn hóa - Xã hội", date(2030, 5, 15), None),
        ("Lập danh sách hộ ngh", "Công chức Lao động - Thương binh và Xã hội", date(2030, 5, 20), None),
        ("Kiểm tra các điểm tậ", "Công an xã", date(2030, 5, 31), None),
        ("Các bộ phận gửi báo ", "", None, "monthly"),
    ]


# --- a lead and time run in at a task's end -----------------------------------------------------


def test_a_tasks_last_sentence_gives_its_lead_partners_and_time_in_three_more_ways():
    from engine.importing.layouts.prose_facts import assignment_in, closing_sentence

    def read(text):
        found = closing_sentence(text)
        return found and (found.lead, found.coordinating, found.time)

    # the partners after the first `;`, the time after the second
    assert read(
        "Xây dựng quy chế phối hợp liên ngành. Sở Nội vụ chủ trì; Sở Tư pháp, Công an tỉnh phối hợp; trình UBND tỉnh trước ngày 30/9/2030."
    ) == ("Sở Nội vụ", "Sở Tư pháp, Công an tỉnh", "trình UBND tỉnh trước ngày 30/9/2030")
    # `Giao <unit> chủ trì`: the assignment's verb is no part of the name
    assert read("Cập nhật cơ sở dữ liệu giá. Giao Trung tâm Thông tin chủ trì; hoàn thành trong Quý II.") == (
        "Trung tâm Thông tin",
        "",
        "hoàn thành trong Quý II",
    )
    # `<unit> thực hiện <time>`: the body that carries it out, where only a time follows
    assert read("Theo dõi giá vật liệu trên địa bàn. Phòng Kinh tế thực hiện hằng tháng.") == (
        "Phòng Kinh tế",
        "",
        "hằng tháng",
    )
    assert (
        read("Theo dõi giá vật liệu. Phòng Kinh tế thực hiện việc công bố giá theo quy định của Bộ.") is None
    )
    # `xây dựng` in small letters inside a body's name is no verb ending it
    assert (
        assignment_in("Viện Vật liệu xây dựng là đầu mối tổng hợp số liệu").lead == "Viện Vật liệu xây dựng"
    )
    assert assignment_in("Phòng Kinh tế xây dựng kế hoạch kiểm tra").lead == "Phòng Kinh tế"
