"""E-mails (.eml) and iCalendar task lists (.ics): the mail's text part once (HTML only where there is
none), attachments named and not read, a forward's note applied to the forwarded list by number, a
quoted earlier mail dropped; a calendar's VTODOs as a task table (due on its day in Vietnam, a
repeating task recurring, a cancelled one and the events beside tasks no rows). Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
from email.message import EmailMessage

import pytest

from engine.importing.blocks import Table
from engine.importing.build import import_document
from engine.importing.errors import ImportFailed
from engine.importing.read_email import apply_forward_note, clerk_lines, is_email
from engine.importing.readers import read_document

pytestmark = pytest.mark.django_db


def _mail(text: str | None, html: str | None = None, attachment: tuple[str, bytes] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Văn phòng <vp@example.vn>"
    message["Subject"] = "FW: Giao việc tháng 9/2028"
    message["Date"] = "Mon, 04 Sep 2028 08:00:00 +0700"
    if text is not None:
        message.set_content(text, charset="utf-8", cte="quoted-printable")
        if html is not None:
            message.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    else:
        message.set_content(html, subtype="html", charset="utf-8", cte="base64")
    if attachment:
        message.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    return message.as_bytes()


_LIST = "1. Phòng Kỹ thuật: kiểm định 04 trạm bơm, trước ngày 20/9/2028.\n2. Phòng Kế toán: quyết toán quỹ phúc lợi, trước ngày 30/9/2028.\n"


def test_the_text_part_is_read_once_and_the_html_copy_not_again():
    html = "<p>" + _LIST.replace("\n", "</p><p>") + "</p>"
    document = read_document(_mail(_LIST, html), "thu.eml")
    texts = [line.text for line in document.lines]
    assert texts[0] == "Giao việc tháng 9/2028"  # the subject without FW:, as the title line
    assert sum("kiểm định 04 trạm bơm" in text for text in texts) == 1


def test_a_mail_with_only_an_html_part_is_read_from_it_and_attachments_are_named_not_read():
    html = "<ol><li>Phòng Kỹ thuật: kiểm định 04 trạm bơm, trước ngày 20/9/2028.</li></ol>"
    document = read_document(_mail(None, html, ("ke_hoach.pdf", b"%PDF-1.4 not read")), "thu.eml")
    assert "1. Phòng Kỹ thuật: kiểm định 04 trạm bơm, trước ngày 20/9/2028." in [
        line.text for line in document.lines
    ]
    assert any("ke_hoach.pdf" in warning.message for warning in document.warnings)
    result = import_document(_mail(None, html, ("ke_hoach.pdf", b"%PDF")), "thu.eml", units=[], year=2028)
    assert any("ke_hoach.pdf" in warning.message for warning in result.warnings)


def test_a_saved_mail_is_known_by_its_name_or_its_mime_headers_not_by_a_copied_header_block():
    assert is_email(b"anything", "a.eml")
    assert is_email(b"From: a@b.vn\nMIME-Version: 1.0\nContent-Type: text/plain\n\nx", "a.txt")
    assert not is_email("Từ: Văn phòng\nĐến: Các phòng\n\n1/ Phòng A: việc b".encode(), "a.txt")
    assert not is_email(b"From: a@b.vn\nSubject: x\n\n1. Phong A", "a.txt")  # no MIME header: plain text


def test_the_forward_note_drops_moves_and_adds_tasks_of_the_list_by_number():
    body = """Kính gửi các phòng,
Lưu ý:
- Việc số 2: Giám đốc đồng ý lùi thời hạn đến ngày 15/10/2028.
- Mục 3: không thực hiện nữa.
- Giao thêm: Phòng Vật tư chủ trì kiểm kê kho, trước ngày 05/10/2028.
Trân trọng./.
Hà
-----Original Message-----
From: Giám đốc
Sent: Friday, September 1, 2028 4:00 PM
Subject: Giao việc

1. Phòng Kỹ thuật: kiểm định 04 trạm bơm, trước ngày 20/9/2028.
2. Phòng Kế toán: quyết toán quỹ phúc lợi, trước ngày 30/9/2028.
3. Phòng Hành chính: sửa mái nhà kho,
   hoàn thành trong tháng 10/2028.

On Thu, Aug 31, 2028 at 9:00 AM Văn phòng <vp@example.vn> wrote:
> 1. P.KT: kiểm định trạm bơm, trước 15/9/2028.
"""
    lines, notes = clerk_lines(body.split("\n"))
    text = "\n".join(lines)
    assert "2. Phòng Kế toán: quyết toán quỹ phúc lợi, trước ngày 15/10/2028." in lines
    assert (
        "sửa mái nhà kho" not in text and "hoàn thành trong tháng 10/2028" not in text
    )  # task 3 and its continuation
    assert "4. Phòng Vật tư chủ trì kiểm kê kho, trước ngày 05/10/2028." in lines  # after the list's last
    assert "From: Giám đốc" not in text and "P.KT" not in text and "wrote:" not in text and "Hà" not in lines
    assert "Lưu ý:" in lines  # the note's own lines stay above the list
    assert len(notes) == 2


def test_a_moved_deadline_the_task_does_not_print_as_one_date_is_left_for_a_person():
    from django.utils import translation

    with translation.override("en"):
        lines, notes = apply_forward_note(
            ["- Việc số 1: gia hạn đến ngày 30/11/2028."],
            ["1. Phòng A: khảo sát 05 xã, trong quý IV/2028 (đợt 1 từ 01/10)."],
        )
    assert "1. Phòng A: khảo sát 05 xã, trong quý IV/2028 (đợt 1 từ 01/10)." in lines
    assert notes and "30/11/2028" in notes[0] and "by hand" in notes[0]


def test_a_mail_that_is_only_a_quote_is_read_unquoted():
    lines, _notes = clerk_lines(["> 1. Phòng A: việc b, trước ngày 03/3/2028.", "> 2. Phòng C: việc d."])
    assert lines[0] == "1. Phòng A: việc b, trước ngày 03/3/2028."


def _calendar(*components: str, name: str = "") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//VI"] + (
        [f"X-WR-CALNAME:{name}"] if name else []
    )
    return "\r\n".join([*head, *components, "END:VCALENDAR", ""]).encode()


def _todo(uid: str, *lines: str) -> str:
    return "\r\n".join(["BEGIN:VTODO", f"UID:{uid}", "DTSTAMP:20280101T000000Z", *lines, "END:VTODO"])


def test_vtodos_become_a_task_table_due_on_their_day_in_vietnam():
    data = _calendar(
        _todo("a", "SUMMARY:Lập kế hoạch\\, trình duyệt", "DUE:20280305T180000Z", "CATEGORIES:Tổ Kế hoạch"),
        _todo(
            "b",
            "SUMMARY:Kiểm kê kho",
            "DUE;VALUE=DATE:20280410",
            "DESCRIPTION:Chủ trì: Tổ Vật tư\\nPhối hợp: Tổ Kế toán\\nGhi rõ số lượng.",
        ),
        _todo(
            "c",
            "SUMMARY:Báo cáo quý",
            "DUE;TZID=Asia/Ho_Chi_Minh:20280325T170000",
            "RRULE:FREQ=MONTHLY;INTERVAL=3",
        ),
        _todo("d", "SUMMARY:Hội thi (bỏ)", "DUE;VALUE=DATE:20280501", "STATUS:CANCELLED"),
        "BEGIN:VEVENT\r\nUID:e\r\nDTSTAMP:20280101T000000Z\r\nSUMMARY:Nghỉ lễ\r\nDTSTART;VALUE=DATE:20280430\r\nEND:VEVENT",
        name="Việc của phòng năm 2028",
    )
    document = read_document(data, "viec.ics")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.texts(0) == ["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"]
    assert table.texts(1)[:4] == [
        "Lập kế hoạch, trình duyệt",
        "Tổ Kế hoạch",
        "",
        "06/03/2028",
    ]  # 18:00Z is 01:00 next day
    assert table.texts(2) == ["Kiểm kê kho", "Tổ Vật tư", "Tổ Kế toán", "10/04/2028", "Ghi rõ số lượng."]
    assert table.texts(3)[3] == "Hằng quý" and "25/03/2028" in table.texts(3)[4]
    assert len(table.rows) == 4  # the cancelled task and the holiday are no rows
    result = import_document(data, "viec.ics", units=[], year=2028)
    assert [(item.due_date, item.recurrence) for item in result.items] == [
        (datetime.date(2028, 3, 6), None),
        (datetime.date(2028, 4, 10), None),
        (None, "quarterly"),
    ]


def test_a_calendar_of_events_only_is_read_for_its_events_and_an_empty_one_is_refused():
    event = "BEGIN:VEVENT\r\nUID:e\r\nDTSTAMP:20280101T000000Z\r\nSUMMARY:Họp giao ban\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20280306T080000\r\nEND:VEVENT"
    document = read_document(_calendar(event), "lich.ics")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.texts(1)[0] == "Họp giao ban" and table.texts(1)[3] == "06/03/2028"
    with pytest.raises(ImportFailed):
        read_document(_calendar(), "rong.ics")


SAVED_REPLY = """From: Nguyen Van An <an@xa-tanhoa.gov.vn>
To: Cac ban nganh <bannganh@xa-tanhoa.gov.vn>
Date: Mon, 2 Apr 2029 08:00:00 +0700
Subject: Lich ve sinh moi truong thang 4 (sua)

1. Đoàn Thanh niên xã: ra quân dọn vệ sinh kênh mương — trước 14/4/2029.

Vào Thứ Sáu, 30/3/2029, Nguyễn Văn An đã viết:
> 1. Hội Nông dân xã: phát quang bờ kênh — trước 10/4/2029.
"""


def test_a_mail_saved_as_text_reads_without_the_quoted_earlier_mail():
    document = read_document(SAVED_REPLY.encode(), "thu_luu.txt")
    texts = [" ".join(line.cells) for line in document.lines]
    assert not any("Hội Nông dân" in text or "đã viết" in text for text in texts)
    assert texts[5].startswith("1. Đoàn Thanh niên xã")  # the lines keep their numbers
    # a plain text that merely quotes (no mail headers above it) keeps its quotes
    plain = "\n".join(SAVED_REPLY.split("\n")[5:])
    assert any(
        "Hội Nông dân" in " ".join(line.cells) for line in read_document(plain.encode(), "a.txt").lines
    )


def test_a_mail_is_dated_by_its_date_header_and_weekdays_of_this_and_next_week_count_from_it():
    """The mail's `Date:` header (in the sender's own zone) dates the document where its text prints
    no day: `thứ Tư tuần này` / `thứ Hai tuần tới` under a `Hạn:` label are days of its week and the
    next, though the task's text prints a date of its own (the data's cut-off)."""
    text = (
        "Kính gửi các phòng,\n\nVăn phòng gửi các việc chuẩn bị Hội nghị sơ kết công tác 6 tháng đầu năm của Sở.\n\n"
        "DANH SÁCH VIỆC\n"
        "1) Rà soát số liệu giải ngân vốn đầu tư công (số liệu đến ngày 30/6/2029)\n"
        "   - Đầu mối: Phòng Kế hoạch - Đầu tư\n   - Hạn: 16h00 thứ Tư tuần này\n"
        "2) Dự thảo báo cáo sơ kết 6 tháng đầu năm 2029\n"
        "   - Đầu mối: Văn phòng\n   - Hạn: thứ Hai tuần tới\n"
        "3) Chuẩn bị hội trường, tài liệu Hội nghị sơ kết\n"
        "   - Đầu mối: Văn phòng\n   - Hạn: 13/7\n"
    )
    message = EmailMessage()
    message["From"] = "Văn phòng <vp@example.vn>"
    message["Subject"] = "RE: Chuẩn bị sơ kết"
    message["Date"] = "Sun, 08 Jul 2029 23:30:00 +0700"  # (16:30 UTC: still Sunday where it was sent)
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    data = message.as_bytes()
    assert read_document(data, "thu.eml").dated == datetime.date(2029, 7, 8)
    result = import_document(data, "thu.eml", units=[], year=2029)
    assert [item.due_text for item in result.items] == [
        "04/07/2029 (thứ Tư tuần này)",
        "09/07/2029 (thứ Hai tuần tới)",
        "13/7",
    ]
