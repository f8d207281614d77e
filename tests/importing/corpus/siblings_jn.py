"""The main corpus's siblings of the held-out documents h164 (a forwarded .eml) and h171 (an iCalendar of
VTODOs) (helper h13fixJN; h166's sibling jn4, a JSON export, is written by hand): the same shapes with
other bodies, units, tasks, dates and surface details. Their expected items (expected/jn1_…–jn3_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-jn` writes
jn1 and jn2 (.eml, through the standard library's `email`) and jn3 (.ics, CRLF, folded at 75 octets).
"""

# ruff: noqa: E501 — document text is data: long lines.
import io
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


JN1_TEXT = """\
Kính gửi các phòng, đơn vị thuộc Sở,

Văn phòng Sở chuyển kết luận của đồng chí Giám đốc Sở tại cuộc họp giao ban tuần 15/2027 (thư bên dưới) để các phòng, đơn vị thực hiện. Đề nghị lưu ý:
- Nhiệm vụ số 2: đồng chí Giám đốc đã đồng ý gia hạn đến ngày 25/5/2027 theo đề nghị của Phòng Quản lý thể thao.
- Nhiệm vụ số 4: dừng thực hiện (UBND tỉnh đã giao Sở Tài chính chủ trì nội dung này).
- Giao thêm: Bảo tàng tỉnh chủ trì xây dựng phương án trưng bày chuyên đề "Di sản gốm cổ Bắc Hòa", trình Giám đốc Sở trước ngày 10/5/2027.

Trân trọng./.
__________________
Trần Minh Khoa
Văn phòng Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Hòa
ĐT: 0222 3 845 112 - Di động: 0912 604 381

-----Original Message-----
From: Giám đốc Sở VHTTDL <giamdoc.svhttdl@bachoa.gov.vn>
Sent: Monday, April 12, 2027 5:40 PM
To: Văn phòng Sở VHTTDL <vanphong.svhttdl@bachoa.gov.vn>
Cc: Phó Giám đốc Sở <pgd.svhttdl@bachoa.gov.vn>
Subject: Kết luận giao ban tuần 15/2027

Đề nghị Văn phòng chuyển các phòng, đơn vị triển khai các việc sau:

1/ Phòng Quản lý văn hóa: tham mưu tổ chức Lễ hội Đền Thượng năm 2027, hoàn thành trước ngày 30/4/2027.
2/ Phòng Quản lý thể thao: xây dựng kế hoạch tham dự Đại hội Thể dục thể thao toàn quốc lần thứ X, trình trước ngày 05/5/2027.
3/ Phòng Quản lý du lịch: khảo sát 06 điểm du lịch cộng đồng tại các xã vùng cao, thực hiện trong tháng 6/2027.
4/ Phòng Kế hoạch - Tài chính: lập dự toán kinh phí tu bổ di tích cấp tỉnh giai đoạn 2027 - 2029, trước ngày 20/5/2027.
5/ Thanh tra Sở: kiểm tra việc chấp hành quy định về kinh doanh karaoke, vũ trường, hoàn thành trong quý III/2027.
6/ Các phòng, đơn vị gửi báo cáo công tác tuần về Văn phòng Sở trước 15 giờ thứ Năm hằng tuần.

Giám đốc Sở
Hoàng Văn Lịch

On Mon, Apr 12, 2027 at 9:15 AM Văn phòng Sở VHTTDL <vanphong.svhttdl@bachoa.gov.vn> wrote:
> Kính trình Giám đốc dự thảo kết luận giao ban tuần 15:
> 1/ P.QLVH: tham mưu Lễ hội Đền Thượng, trước 25/4/2027.
> 2/ P.QLTT: kế hoạch dự Đại hội TDTT toàn quốc, trước 30/4/2027.
> 4/ P.KHTC: dự toán tu bổ di tích, trước 15/5/2027.
> Kính trình Giám đốc cho ý kiến.
"""


def _html_of(text: str) -> str:
    """The text again as an Outlook-style HTML part: one <p> per line, quoted lines in a <blockquote>."""
    out = ['<html><head><meta charset="utf-8"></head><body><div class="WordSection1">']
    for line in text.split("\n"):
        escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f'<p class="MsoNormal">{escaped or "&nbsp;"}</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


def jn1_eml(path: Path) -> None:
    """A department's office forwarding the director's `1/ <unit>: <task>` list (Outlook's
    `-----Original Message-----`), its note extending one due, stopping one task and adding one,
    an English `On … wrote:` quote of the draft; multipart/alternative, quoted-printable text and
    the same text as base64 HTML."""
    message = EmailMessage()
    message["From"] = "Văn phòng Sở VHTTDL <vanphong.svhttdl@bachoa.gov.vn>"
    message["To"] = "Các phòng, đơn vị thuộc Sở <svhttdl-donvi@bachoa.gov.vn>"
    message["Subject"] = "FW: Kết luận giao ban tuần 15/2027"
    message["Date"] = "Tue, 13 Apr 2027 07:52:10 +0700"
    message["Message-ID"] = "<00a101dc1f2b$8e41c2a0$aac547e0$@bachoa.gov.vn>"
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    message.set_content(JN1_TEXT, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(_html_of(JN1_TEXT), subtype="html", charset="utf-8", cte="base64")
    path.write_bytes(message.as_bytes(policy=SMTP))


JN2_HTML = """\
<div dir="ltr"><p>Kính gửi các khoa, phòng,</p>
<p>Phòng Tổ chức - Hành chính chuyển tiếp ý kiến của đồng chí Hiệu trưởng (thư dưới) và kế hoạch kèm theo. Điều chỉnh so với thư gốc:</p>
<ul>
<li>Mục 3: lùi thời hạn đến ngày 15/6/2027.</li>
<li>Mục 5: không thực hiện nữa do Sở Nội vụ đã tổ chức hội thi cấp tỉnh.</li>
<li>Bổ sung: Phòng Quản trị thiết bị chủ trì kiểm kê thiết bị các xưởng thực hành, báo cáo Hiệu trưởng trước ngày 31/5/2027.</li>
</ul>
<p>Trân trọng.</p>
<div>-- <br>Lê Thu Trang<br>Phòng Tổ chức - Hành chính<br>Trường Cao đẳng Kỹ thuật Hòa Phong</div>
<br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>Hiệu trưởng</strong> &lt;hieutruong@cdkthoaphong.edu.vn&gt;<br>Date: Thứ 6, 14 thg 5, 2027 lúc 16:20<br>Subject: Giao việc sau phiên họp Hội đồng trường<br>To: Phòng Tổ chức - Hành chính &lt;tchc@cdkthoaphong.edu.vn&gt;<br></div><br>
<div dir="ltr"><p>Giao các đơn vị thực hiện:</p>
<ol>
<li>Phòng Đào tạo: rà soát, cập nhật chương trình đào tạo 12 ngành, nghề trình độ cao đẳng, trước ngày 30/6/2027.</li>
<li>Phòng Công tác học sinh, sinh viên: tổ chức tư vấn tuyển sinh tại 15 trường trung học phổ thông trên địa bàn tỉnh, trong tháng 5/2027.</li>
<li>Khoa Cơ khí: hoàn thiện hồ sơ kiểm định chất lượng chương trình đào tạo nghề Hàn, trước ngày 31/5/2027.</li>
<li>Phòng Kế hoạch - Tài chính: xây dựng phương án tự chủ tài chính giai đoạn 2027 - 2030, trình Hội đồng trường trong quý III/2027.</li>
<li>Khoa Điện - Điện tử: tổ chức hội thi giáo viên dạy giỏi cấp trường, trước ngày 20/5/2027.</li>
</ol>
<p>Hiệu trưởng<br>Nguyễn Đăng Khôi</p>
</div></div></div>
"""


def _attachment_docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("KẾ HOẠCH TUYỂN SINH NĂM 2027")
    document.add_paragraph("Chỉ tiêu tuyển sinh trình độ cao đẳng: 1.200; trung cấp: 800.")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def jn2_eml(path: Path) -> None:
    """A college office's Gmail forward with only an HTML part (no text/plain), the original's numbered
    `<ol>` list under `---------- Forwarded message ---------`, the note's `<ul>` amending `Mục N`, and
    a .docx attachment (multipart/mixed)."""
    message = EmailMessage()
    message["From"] = "Phòng Tổ chức - Hành chính <tchc@cdkthoaphong.edu.vn>"
    message["To"] = "Các khoa, phòng <cackhoaphong@cdkthoaphong.edu.vn>"
    message["Subject"] = "Fwd: Giao việc sau phiên họp Hội đồng trường"
    message["Date"] = "Mon, 17 May 2027 08:31:47 +0700"
    message["Message-ID"] = "<CAF3k9q0Yx7mB1tqZ@mail.gmail.com>"
    message.set_content(JN2_HTML, subtype="html", charset="utf-8", cte="base64")
    message.add_attachment(
        _attachment_docx(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="KH_tuyen_sinh_2027.docx",
    )
    path.write_bytes(message.as_bytes(policy=SMTP))


def _fold(line: str) -> str:
    """An iCalendar content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    parts = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = 74  # the continuation's leading space counts
    parts.append(data)
    return "\r\n ".join(part.decode("utf-8") for part in parts)


JN3_LINES = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Nhiệm vụ Thường trực Tỉnh đoàn Đông Sơn giao 2027
X-WR-TIMEZONE:Asia/Ho_Chi_Minh
BEGIN:VTIMEZONE
TZID:Asia/Ho_Chi_Minh
BEGIN:STANDARD
TZOFFSETFROM:+0700
TZOFFSETTO:+0700
TZNAME:ICT
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VTODO
UID:TD-2027-0601@tinhdoandongson.vn
DTSTAMP:20270602T013000Z
CREATED:20270602T013000Z
SUMMARY:Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2027 tại các xã biên giới và hải đảo của tỉnh
DTSTART;TZID=Asia/Ho_Chi_Minh:20270615T073000
DUE;TZID=Asia/Ho_Chi_Minh:20270830T163000
CATEGORIES:Ban Phong trào
DESCRIPTION:Chủ trì: Ban Phong trào Tỉnh đoàn\nPhối hợp: Hội Liên hiệp Thanh niên tỉnh\nGiao tại hội nghị Thường trực ngày 01/6/2027.
STATUS:IN-PROCESS
PERCENT-COMPLETE:10
END:VTODO
BEGIN:VTODO
UID:TD-2027-0602@tinhdoandongson.vn
DTSTAMP:20270602T013500Z
SUMMARY:Tổng hợp ý kiến đoàn viên về dự thảo Luật Thanh niên (sửa đổi)\, gửi Trung ương Đoàn
DUE:20270715T180000Z
CATEGORIES:Ban Tuyên giáo
DESCRIPTION:Chủ trì: Ban Tuyên giáo Tỉnh đoàn\nHạn gửi theo giờ Hà Nội: 01 giờ ngày 16/7/2027 (hệ thống của Trung ương Đoàn).
STATUS:NEEDS-ACTION
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=END:-P2D
DESCRIPTION:Nhắc việc
END:VALARM
END:VTODO
BEGIN:VTODO
UID:TD-2027-0603@tinhdoandongson.vn
DTSTAMP:20270602T014000Z
SUMMARY:Rà soát\, kiện toàn đội ngũ cán bộ chuyên trách Đoàn cấp xã sau sắp xếp đơn vị hành chính
DUE;VALUE=DATE:20270930
CATEGORIES:Ban Tổ chức - Kiểm tra
STATUS:NEEDS-ACTION
END:VTODO
BEGIN:VTODO
UID:TD-2027-0604@tinhdoandongson.vn
DTSTAMP:20270602T014500Z
SUMMARY:Cập nhật số liệu đoàn viên\, hội viên lên phần mềm quản lý đoàn viên
DTSTART;TZID=Asia/Ho_Chi_Minh:20270604T080000
DUE;TZID=Asia/Ho_Chi_Minh:20270604T160000
RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=30
CATEGORIES:Văn phòng
DESCRIPTION:Chủ trì: Văn phòng Tỉnh đoàn\nThứ Sáu hằng tuần.
STATUS:NEEDS-ACTION
END:VTODO
BEGIN:VTODO
UID:TD-2027-0605@tinhdoandongson.vn
DTSTAMP:20270602T015000Z
LAST-MODIFIED:20270620T020000Z
SUMMARY:Tổ chức Liên hoan Tuyên truyền ca khúc cách mạng cấp tỉnh
DUE;VALUE=DATE:20270726
CATEGORIES:Ban Tuyên giáo
DESCRIPTION:Chủ trì: Ban Tuyên giáo Tỉnh đoàn\nThường trực quyết định lùi sang năm 2028.
STATUS:CANCELLED
END:VTODO
BEGIN:VTODO
UID:TD-2027-0606@tinhdoandongson.vn
DTSTAMP:20270602T015500Z
LAST-MODIFIED:20270618T081500Z
SUMMARY:Xây dựng báo cáo kết quả thực hiện Nghị quyết Đại hội Đoàn toàn tỉnh giữa nhiệm kỳ
DUE;TZID=Asia/Ho_Chi_Minh:20270620T170000
COMPLETED:20270618T081500Z
PERCENT-COMPLETE:100
CATEGORIES:Văn phòng
DESCRIPTION:Chủ trì: Văn phòng Tỉnh đoàn
STATUS:COMPLETED
END:VTODO
BEGIN:VEVENT
UID:TD-2027-E901@tinhdoandongson.vn
DTSTAMP:20270602T020000Z
SUMMARY:Nghỉ lễ Quốc khánh 2/9
DTSTART;VALUE=DATE:20270901
DTEND;VALUE=DATE:20270904
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VTODO
UID:TD-2027-0607@tinhdoandongson.vn
DTSTAMP:20270602T020500Z
SUMMARY:Phối hợp với Sở Giáo dục và Đào tạo tổ chức Hội trại tòng quân cho học sinh trung học phổ thông
DTSTART;VALUE=DATE:20270901
CATEGORIES:Ban Thanh thiếu nhi trường học
DESCRIPTION:Chủ trì: Ban Thanh thiếu nhi trường học
STATUS:NEEDS-ACTION
END:VTODO
BEGIN:VTODO
UID:TD-2027-0608@tinhdoandongson.vn
DTSTAMP:20270602T021000Z
SUMMARY:Báo cáo tiến độ Chương trình đồng hành với thanh niên lập nghiệp
DUE;TZID=Asia/Ho_Chi_Minh:20270625T170000
RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25
CATEGORIES:Ban Phong trào
DESCRIPTION:Chủ trì: Ban Phong trào Tỉnh đoàn\nĐịnh kỳ hằng quý.
STATUS:NEEDS-ACTION
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DATE-TIME:20270620T010000Z
DESCRIPTION:Nhắc việc
END:VALARM
END:VTODO
END:VCALENDAR"""


def jn3_ics(path: Path) -> None:
    """A youth union's task calendar as iCalendar: VTODOs with DUE in three forms (one UTC instant on
    the next day in Vietnam), the lead in CATEGORIES or a `Chủ trì:` line, weekly and quarterly RRULEs,
    a cancelled and a completed task, a holiday VEVENT, VALARMs; lines folded at 75 octets, CRLF."""
    text = "\r\n".join(_fold(line) for line in JN3_LINES.split("\n")) + "\r\n"
    path.write_bytes(text.encode("utf-8"))


def siblings_jn() -> None:
    jn1_eml(DOCS / "jn1_thu_chuyen_tiep_ket_luan_giao_ban_so_vhttdl.eml")
    jn2_eml(DOCS / "jn2_thu_chuyen_tiep_html_dinh_kem_truong_cao_dang.eml")
    jn3_ics(DOCS / "jn3_lich_nhiem_vu_tinh_doan_vtodo.ics")


if __name__ == "__main__":
    siblings_jn()
