"""Dues counted from an event whose date the document prints (engine/importing/event_dues.py)."""

from datetime import date

import pytest

from engine.importing.event_dues import count_of, event_date, relative_due, resolve_event_dues
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import document_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gửi điều lệ giải cho các đơn vị trước ngày khai mạc 25 ngày.", ("khai mac", -25)),
        ("Hoàn thành trang trí trước lễ khai mạc 02 ngày.", ("khai mac", -2)),
        ("Gửi danh sách chậm nhất 10 ngày trước ngày khai giảng.", ("khai giang", -10)),
        ("Báo cáo kết quả sau bế mạc 07 ngày.", ("be mac", 7)),
        ("Hoàn thành trước ngày 15/7/2027.", None),
        ("Trình UBND xã trong vòng 10 ngày kể từ ngày họp.", ("hop", 10)),
        ("Báo cáo trong 07 ngày kể từ ngày kết thúc cuộc họp.", ("hop", 7)),
        # "hợp đồng" folds as "họp" does: a contract is no meeting
        ("Thanh lý trong vòng 30 ngày kể từ ngày hợp đồng hết hạn.", None),
    ],
)
def test_relative_due(text, expected):
    assert relative_due(text) == expected


def test_event_date_is_the_one_date_printed_for_it():
    texts = [
        "Giải khai mạc lúc 15 giờ 30 ngày 04/7/2027 tại Nhà thi đấu huyện.",
        "- Phát hành giấy mời dự lễ khai mạc chậm nhất ngày 28/6/2027.",  # a due, not the event's day
    ]
    assert event_date(texts, "khai mac", 2027) == date(2027, 7, 4)
    assert event_date(["Ngày khai mạc: 04/7/2027.", "Khai mạc vào ngày 05/7/2027."], "khai mac", 2027) is None
    assert event_date(["Giải khai mạc trong tháng 7."], "khai mac", 2027) is None


PLAN = """
KẾ HOẠCH
Tổ chức Giải bóng chuyền hơi phụ nữ huyện năm 2027
I. THỜI GIAN
Giải khai mạc lúc 15 giờ 30 ngày 04/7/2027 tại Nhà thi đấu huyện.
II. PHÂN CÔNG
- Gửi điều lệ giải cho các xã trước ngày khai mạc 25 ngày.
- Chuẩn bị sân thi đấu, hoàn thành chậm nhất 02 ngày trước ngày khai mạc.
- Báo cáo kết quả giải trước ngày 31/7/2027.
"""


def test_items_counting_from_the_opening_get_the_date_a_person_computes():
    items = [
        RawItem(line=0, content="Gửi điều lệ giải cho các xã trước ngày khai mạc 25 ngày."),
        RawItem(line=0, content="Chuẩn bị sân thi đấu, hoàn thành chậm nhất 02 ngày trước ngày khai mạc."),
        RawItem(line=0, content="Báo cáo kết quả giải trước ngày 31/7/2027.", due="trước ngày 31/7/2027"),
        RawItem(line=0, content="Sửa chữa sân", due="Trước khai mạc 10 ngày"),  # a due cell
    ]
    resolve_event_dues(items, document_of(PLAN), 2027)
    assert [item.due for item in items] == [
        "09/06/2027 (trước ngày khai mạc 25 ngày)",
        "02/07/2027 (02 ngày trước ngày khai mạc)",
        "trước ngày 31/7/2027",
        "24/06/2027 (Trước khai mạc 10 ngày)",
    ]


def test_without_the_events_date_the_time_stays_as_printed():
    items = [RawItem(line=0, content="Gửi điều lệ giải trước ngày khai mạc 25 ngày.")]
    resolve_event_dues(items, document_of("KẾ HOẠCH\nGiải khai mạc trong tháng 7/2027."), 2027)
    assert items[0].due == ""


def test_a_meetings_day_is_the_one_its_time_line_or_its_notice_prints():
    minutes = ["BIÊN BẢN", "- Thời gian: 14 giờ 00, thứ Tư, ngày 08/9/2027.", "Hà Tân, ngày 08 tháng 9"]
    assert event_date(minutes, "hop", 2027) == date(2027, 9, 8)
    notice = ["Cuộc họp ngày 02/9/2027, đồng chí Chủ tịch chủ trì …", "- Phối hợp ngày 05/9/2027 …"]
    assert event_date(notice, "hop", 2027) == date(2027, 9, 2)
    assert event_date(["Giao Phòng Kinh tế phối hợp ngày 05/9/2027."], "hop", 2027) is None


NOTICE = """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN BẮC LÂM\tĐộc lập - Tự do - Hạnh phúc
Số: 31/TB-UBND\tBắc Lâm, ngày 03 tháng 3
năm 2028
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện ngày 28/02/2028
"""


@pytest.mark.parametrize(
    ("content", "due"),
    [
        # calendar days from the heading's date (wrapped onto the next line)
        ("Phòng Nội vụ trình đề án trong vòng 20 ngày kể từ ngày ký Thông báo này.", "23/03/2028"),
        ("Phòng Y tế báo cáo trong thời hạn 05 ngày kể từ ngày ban hành văn bản này.", "08/03/2028"),
        # working days: Friday 03/3/2028 + 3 working days → Wednesday 08/3/2028
        ("Đội Quản lý trật tự rà soát, xong trong 03 ngày làm việc kể từ ngày ký.", "08/03/2028"),
    ],
)
def test_days_counted_from_the_signing_are_counted_from_the_headings_date(content, due):
    items = [RawItem(line=0, content=content)]
    resolve_event_dues(items, document_of(NOTICE), 2028)
    assert items[0].due.startswith(due)


def test_the_signing_of_another_document_and_a_missing_heading_date_give_no_date():
    cited = RawItem(line=0, content="Thực hiện trong 10 ngày kể từ ngày ký Quyết định số 12/QĐ-UBND.")
    contract = RawItem(line=0, content="Bàn giao mặt bằng trong 15 ngày kể từ ngày ký hợp đồng thi công.")
    resolve_event_dues([cited, contract], document_of(NOTICE), 2028)
    assert (cited.due, contract.due) == ("", "")
    item = RawItem(line=0, content="Trình đề án trong vòng 20 ngày kể từ ngày ký.")
    resolve_event_dues([item], document_of("THÔNG BÁO\nKết luận của Chủ tịch UBND huyện"), 2028)
    assert item.due == ""


def test_a_named_span_the_document_defines_is_due_at_its_end():
    text = """
    KẾ HOẠCH
    Tổ chức Tuần lễ Văn hóa dân tộc năm 2028
    Tuần lễ Văn hóa diễn ra
    từ ngày 10/4/2028 đến ngày 16/4/2028 tại sân vận động xã.
    """
    items = [
        RawItem(line=0, content="Dựng sân khấu", due="trong Tuần lễ Văn hóa"),
        RawItem(line=0, content="Trưng bày ảnh", due="trong Tháng thanh niên"),  # defined nowhere
        RawItem(line=0, content="Dọn vệ sinh", due="trong tuần"),  # no name
    ]
    resolve_event_dues(items, document_of(text), 2028)
    assert [item.due for item in items] == [
        "16/04/2028 (trong Tuần lễ Văn hóa)",
        "trong Tháng thanh niên",
        "trong tuần",
    ]


REPORT = """
BÁO CÁO CÔNG TÁC TUẦN 27/2026
Từ ngày 29/6 đến ngày 03/7/2026
Nội dung\tKết quả
Tiêm chủng mở rộng\tĐạt 96%
II. Lịch công tác tuần 28 (06/7 – 10/7/2026)
Nội dung\tPhụ trách\tThời gian
Họp hội đồng thuốc\tKhoa Dược\tThứ Ba
Kiểm tra hồ sơ bệnh án\tPhòng Kế hoạch\tCả tuần
Tổng kết tháng\tPhòng Tổ chức\tThứ Sáu (10/7)
"""


def test_a_weekday_in_a_table_is_its_date_in_the_week_the_heading_prints():
    items = [
        RawItem(line=7, content="Họp hội đồng thuốc", due="Thứ Ba"),
        RawItem(line=8, content="Kiểm tra hồ sơ bệnh án", due="Cả tuần"),
        RawItem(line=9, content="Tổng kết tháng", due="Thứ Sáu (10/7)"),  # its own day: kept
        RawItem(line=4, content="Tiêm chủng mở rộng", due="Thứ Ba"),  # a table under no week's heading
    ]
    resolve_event_dues(items, document_of(REPORT), 2026)
    assert [item.due for item in items] == [
        "07/07/2026 (Thứ Ba)",
        "10/07/2026 (Cả tuần)",
        "Thứ Sáu (10/7)",
        "Thứ Ba",
    ]


# The event called by its noun: `sau buổi lễ 02 ngày`, `sau Hội thao 03 ngày`, the day it is held printed
# with a few words of its name between the noun and `tổ chức`.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau buổi lễ 03 ngày", ("le", 3)),
        ("Trước Lễ 05 ngày", ("le", -5)),
        ("Sau Hội thi 07 ngày", ("hoi thi", 7)),
        ("Gửi báo cáo 10 ngày sau Đại hội.", ("dai hoi", 10)),
        ("Sau lễ khai mạc 02 ngày", ("khai mac", 2)),  # the opening named: as before
    ],
)
def test_relative_due_to_an_event_named_by_its_noun(text, expected):
    assert relative_due(text) == expected


def test_an_event_named_by_its_noun_is_dated_where_it_is_held():
    texts = ["Lễ tuyên dương học sinh giỏi được tổ chức vào lúc 08 giờ 00 ngày 20/5/2029 tại Hội trường."]
    assert event_date(texts, "le", 2029) == date(2029, 5, 20)
    assert event_date(["Hội thi tổ chức ngày 02/6/2029 tại sân trường."], "hoi thi", 2029) == date(2029, 6, 2)
    assert event_date(["Hội thi cắm hoa năm 2029 có 12 đội tham gia."], "hoi thi", 2029) is None


def test_a_sheets_title_line_dates_the_event_a_due_cell_counts_from():
    from engine.importing.blocks import Table
    from tests.importing.helpers_blocks import BlocksDocument, table_of

    title = table_of(
        [[("(Hội thi tổ chức ngày 12/10/2029 tại Nhà văn hóa)", 1, 3)], ["TT", "Công việc", "Thời hạn"]]
    )
    assert isinstance(title, Table)
    items = [RawItem(line=0, content="Tổng kết Hội thi", due="Sau Hội thi 04 ngày")]
    resolve_event_dues(items, BlocksDocument([title]), 2029)
    assert items[0].due == "16/10/2029 (Sau Hội thi 04 ngày)"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("mười", 10),
        ("năm", 5),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("07", 7),
        ("vài", None),
    ],
)
def test_a_count_in_words(words, expected):
    assert count_of(words) == expected


def test_a_count_in_words_from_a_day_printed_in_parentheses():
    items = [
        RawItem(
            line=1,
            content="Gửi báo cáo chậm nhất bảy ngày sau ngày bế giảng (dự kiến bế giảng ngày 25/5/2029).",
        ),
        RawItem(line=2, content="Niêm yết danh sách 03 ngày trước khi khai trương (ngày 10/3/2029)."),
    ]
    resolve_event_dues(items, document_of("KẾ HOẠCH\nNội dung"), 2029)
    assert [item.due[:10] for item in items] == ["01/06/2029", "07/03/2029"]


def test_a_time_that_is_an_events_whole_course_is_due_on_its_last_printed_day():
    document = document_of(
        "Hội diễn văn nghệ quần chúng năm 2029 diễn ra trong các ngày 12, 13 và 14/9/2029 tại Nhà văn hóa.\n"
        "Tuần lễ sách được tổ chức từ ngày 20/4 đến hết ngày 26/4/2029."
    )
    items = [
        RawItem(line=5, content="Bảo đảm điện, nước", due="Trong thời gian diễn ra hội diễn"),
        RawItem(line=6, content="Trực an ninh tại khu trưng bày", due="Trong suốt thời gian tổ chức tuần lễ"),
        RawItem(
            line=7, content="Phục vụ khán giả", due="Trong thời gian diễn ra liên hoan"
        ),  # no date for it
    ]
    resolve_event_dues(items, document, 2029)
    assert [item.due[:10] for item in items] == ["14/09/2029", "26/04/2029", "Trong thời"]


def test_a_due_tied_to_a_legal_documents_entry_into_force():
    document = document_of(
        "Luật Thư viện có hiệu lực thi hành từ ngày 01/01/2030.\n"
        "Quyết định số 12/2029/QĐ-UBND có hiệu lực kể từ ngày 15 tháng 10 năm 2029."
    )
    items = [
        RawItem(line=5, content="Ban hành quy chế", due="Trước ngày Luật có hiệu lực thi hành"),
        RawItem(line=6, content="Sửa đổi biểu mẫu trước khi Quyết định có hiệu lực."),
        RawItem(line=7, content="Tập huấn", due="Trước khi Nghị định có hiệu lực"),  # not printed
    ]
    resolve_event_dues(items, document, 2029)
    assert [item.due[:10] for item in items] == ["01/01/2030", "15/10/2029", "Trước khi "]


def test_a_span_counted_from_a_legal_documents_entry_into_force():
    document = document_of("Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2030.")
    items = [
        RawItem(line=5, content="Ban hành", due="chậm nhất 30 ngày kể từ ngày Thông tư có hiệu lực"),
        # working days skip the weekends and Tết (01–06/02/2030 in Vietnam's calendar): 07/02 is the first
        RawItem(line=6, content="Tập huấn trong vòng 05 ngày làm việc kể từ khi Thông tư có hiệu lực."),
        RawItem(line=7, content="Rà soát", due="15 ngày kể từ ngày Luật có hiệu lực"),  # not printed
    ]
    resolve_event_dues(items, document, 2030)
    assert [item.due[:10] for item in items] == ["03/03/2030", "13/02/2030", "15 ngày kể"]


@pytest.mark.parametrize(
    ("content", "due"),
    [
        # a count written in words, with its digits in parentheses or alone
        (
            "Phòng Tư pháp trình dự thảo trong thời hạn mười lăm (15) ngày kể từ ngày ký Thông báo này.",
            "18/03/2028",
        ),
        ("Phòng Nội vụ hoàn thành trong hai mươi ngày kể từ ngày ban hành văn bản này.", "23/03/2028"),
        # the end of `this month`: the heading's month
        ("Trạm Y tế báo cáo trước cuối tháng này.", "31/03/2028"),
        ("Đội Quản lý trật tự hoàn thành trong tháng này.", "31/03/2028"),
    ],
)
def test_counts_in_words_and_this_month_are_read_from_the_headings_date(content, due):
    items = [RawItem(line=0, content=content)]
    resolve_event_dues(items, document_of(NOTICE), 2028)
    assert items[0].due.startswith(due)


def test_a_web_posts_date_stands_for_its_heading_date():
    page = "Trang chủ › Thông báo\nPhân công nhiệm vụ\nNgười đăng: Văn phòng | Ngày đăng: 14/02/2029 08:10\n"
    item = RawItem(line=3, content="Tổ Văn thư số hóa hồ sơ.", due="hết tháng này")
    resolve_event_dues([item], document_of(page), 2029)
    assert item.due.startswith("28/02/2029")
    undated = RawItem(line=0, content="Trạm Y tế báo cáo trước cuối tháng này.")
    resolve_event_dues([undated], document_of("THÔNG BÁO\nKết luận của Chủ tịch UBND xã"), 2029)
    assert undated.due == ""


def test_a_weekday_of_this_week_is_that_day_of_the_week_the_message_is_dated_in():
    """`thứ Năm tuần này` in a chat message or an e-mail: the Thursday of the week of the message's
    own day (its sender line, its `Ngày gửi:`), whatever hour is printed before it."""
    items = [
        RawItem(line=0, content="Tổng hợp số liệu tiêm chủng, gửi về trạm trước 10h thứ Năm tuần này."),
        RawItem(line=0, content="Họp tổ công tác vào sáng thứ Hai của tuần này."),
        RawItem(line=0, content="Nộp báo cáo trước 20/11.", due="trước 20/11"),
    ]
    chat = "Nhóm: TRẠM Y TẾ XÃ AN BÌNH\n[Trưởng trạm Đỗ Minh Khoa] 15:02 14/11/2029\nCác đ/c lưu ý:"
    resolve_event_dues(items, document_of(chat), 2029)
    assert [item.due for item in items] == [
        "15/11/2029 (thứ Năm tuần này)",
        "12/11/2029 (thứ Hai của tuần này)",
        "trước 20/11",
    ]
    items = [RawItem(line=0, content="Gửi dự thảo trước 16h00 thứ Sáu tuần này.")]
    mail = "Từ: Phòng Nội vụ <pnv@example.vn>\nNgày gửi: 04/06/2030\nTiêu đề: Góp ý dự thảo"
    resolve_event_dues(items, document_of(mail), 2030)
    assert items[0].due == "07/06/2030 (thứ Sáu tuần này)"
    # a document that prints no day of its own: the weekday stays as printed
    items = [RawItem(line=0, content="Gửi dự thảo trước thứ Sáu tuần này.")]
    resolve_event_dues(items, document_of("KẾ HOẠCH\nCác tổ gửi dự thảo."), 2030)
    assert items[0].due == ""


def test_offsets_from_a_letter_the_document_defines_as_a_day():
    text = """
    KẾ HOẠCH
    Ngày X là ngày khánh thành cầu Phước Lộc, dự kiến thứ Tư, ngày 10/10/2029.
    Ghi chú: H là ngày ký văn bản này (01/10/2029).
    """
    items = [
        RawItem(line=0, content="Sơn cầu", due="X - 20"),
        RawItem(line=0, content="Lắp đèn", due="X - 9 đến X - 2"),
        RawItem(line=0, content="Cắt băng", due="Ngày X (08h00)"),
        RawItem(line=0, content="Đăng tin", due="X - 3 và nhắc lại X + 4"),
        RawItem(line=0, content="Thu dọn", due="Từ X đến X + 12"),
        RawItem(line=0, content="Gửi giấy mời", due="H+2 NLV"),  # Mon 01/10 → Wed 03/10
        RawItem(line=0, content="Quyết toán", due="Y + 30"),  # defined nowhere
        RawItem(line=0, content="Dựng rạp", due="X - 5 nếu trời không mưa"),  # words beyond the terms
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == [
        "20/09/2029 (X - 20)",
        "08/10/2029 (X - 9 đến X - 2)",
        "10/10/2029 (Ngày X (08h00))",
        "14/10/2029 (X - 3 và nhắc lại X + 4)",
        "22/10/2029 (Từ X đến X + 12)",
        "03/10/2029 (H+2 NLV)",
        "Y + 30",
        "X - 5 nếu trời không mưa",
    ]


def test_counts_from_an_event_the_document_dates_on_a_line_of_its_own():
    text = """
    KẾ HOẠCH
    Thời gian hội diễn nghệ thuật quần chúng: ngày 08/3/2029.
    Thời gian đợt vận động: từ ngày 01/4 đến ngày 30/4/2029.
    """
    items = [
        RawItem(line=0, content="Đăng ký tiết mục", due="Trước ngày hội diễn 12 ngày"),
        RawItem(line=0, content="Tổ chức hội diễn", due="Ngày hội diễn"),
        RawItem(line=0, content="Trao giải", due="Sau hội diễn quần chúng 03 ngày"),
        RawItem(line=0, content="Phát động", due="Trước đợt vận động 05 ngày"),
        RawItem(line=0, content="Tuyên truyền", due="Trước và trong đợt vận động"),
        RawItem(
            line=0, content="Báo cáo", due="05 ngày làm việc sau đợt vận động"
        ),  # Mon 30/4, holidays 30/4–1/5 → Tue 08/5
        RawItem(line=0, content="Tập huấn", due="Trước hội thảo 10 ngày"),  # dated nowhere
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == [
        "24/02/2029 (Trước ngày hội diễn 12 ngày)",
        "08/03/2029 (Ngày hội diễn)",
        "11/03/2029 (Sau hội diễn quần chúng 03 ngày)",
        "27/03/2029 (Trước đợt vận động 05 ngày)",
        "30/04/2029 (Trước và trong đợt vận động)",
        "08/05/2029 (05 ngày làm việc sau đợt vận động)",
        "Trước hội thảo 10 ngày",
    ]


def test_a_weekday_of_next_week_is_that_day_of_the_week_after_the_message_is_dated_in():
    """`thứ Ba tuần sau`, `chiều thứ Sáu tuần tới`: the day of the week after the message's own."""
    items = [
        RawItem(line=0, content="Nộp hồ sơ thi đua về Văn phòng.", due="thứ Ba tuần sau, trình Hiệu trưởng"),
        RawItem(line=0, content="Tổng duyệt chương trình văn nghệ chiều thứ Sáu tuần tới."),
        RawItem(line=0, content="Dọn vệ sinh khuôn viên vào thứ Bảy tuần này."),
    ]
    chat = "Nhóm: TỔ VĂN PHÒNG TRƯỜNG THCS HÒA AN\n[Hiệu trưởng Lê Thu] 07:45 21/03/2030\nCác đ/c lưu ý:"
    resolve_event_dues(items, document_of(chat), 2030)
    assert [item.due for item in items] == [
        "26/03/2030 (thứ Ba tuần sau)",
        "29/03/2030 (thứ Sáu tuần tới)",
        "23/03/2030 (thứ Bảy tuần này)",
    ]


def test_counts_from_an_event_dated_in_parentheses_and_a_time_after_a_closing_dash():
    """`(bầu cử các ngày 22, 23/5/2031)` dates the event; a task's line may close on its time after a
    dash (`… — trước ngày bầu cử 10 ngày.`) with no due read off it."""
    text = """
    Triển khai Kế hoạch số 14/KH-UBND ngày 02/3/2031 về bầu cử đại biểu (bầu cử các ngày 22, 23/5/2031):
    """
    items = [
        RawItem(line=0, content="Tổ Dân vận: niêm yết danh sách cử tri — trước ngày bầu cử 10 ngày."),
        RawItem(line=0, content="Công an xã: bảo đảm an ninh các điểm bỏ phiếu — ngày bầu cử."),
        RawItem(line=0, content="Văn phòng: tổng hợp kết quả — sau bầu cử 03 ngày làm việc."),
        RawItem(line=0, content="Tổ Tuyên truyền: phát thanh lưu động", due="trong thời gian bầu cử"),
        RawItem(line=0, content="Đoàn Thanh niên: trực cổ động — trước hội thi 05 ngày."),  # dated nowhere
    ]
    resolve_event_dues(items, document_of(text), 2031)
    assert [item.due for item in items] == [
        "12/05/2031 (trước ngày bầu cử 10 ngày)",
        "22/05/2031 (ngày bầu cử)",
        "28/05/2031 (sau bầu cử 03 ngày làm việc)",  # Fri 23/5 → Wed 28/5
        "23/05/2031 (trong thời gian bầu cử)",
        "",
    ]


def test_a_numbered_week_is_counted_from_the_week_one_a_note_dates():
    """`Tuần 6 - 7` in a plan whose note dates week 1 (`Tuần thứ nhất … tính từ ngày 02/9/2030`):
    the last (Sunday) of the last week named, or the weekday named in it; weeks run Monday to Sunday,
    the first holding the day printed (a Wednesday here)."""
    plan = (
        "KẾ HOẠCH HOẠT ĐỘNG CỦA THƯ VIỆN NĂM HỌC 2030 - 2031\n"
        "Tuần thứ nhất của năm học tính từ ngày 04/9/2030 (thứ Tư).\n"
    )
    items = [
        RawItem(line=0, content="Giới thiệu sách mới cho học sinh lớp 6.", due="Tuần 2"),
        RawItem(line=0, content="Kiểm kê kho sách giáo khoa.", due="Tuần 6 - 7"),
        RawItem(line=0, content="Nộp báo cáo thống kê bạn đọc.", due="Trước thứ Năm tuần 10"),
        RawItem(line=0, content="Tổ chức ngày hội đọc sách.", due="Tuần 2 tháng 11"),  # a month's week
    ]
    resolve_event_dues(items, document_of(plan), 2030)
    assert [item.due[:10] for item in items] == ["15/09/2030", "20/10/2030", "07/11/2030", "Tuần 2 thá"]
    undated = [RawItem(line=0, content="Kiểm kê kho sách.", due="Tuần 6 - 7")]
    resolve_event_dues(undated, document_of("KẾ HOẠCH HOẠT ĐỘNG CỦA THƯ VIỆN\nTuần 1: khai giảng."), 2030)
    assert undated[0].due == "Tuần 6 - 7"
