"""The main corpus's siblings of the held-out document h377 (moved to the main corpus when the
importer was taught its shape, helper h13fixQJ): documents typed with Unikey's `Unicode tổ hợp`
charset, every tone mark a combining character after its vowel (NFD-like text that reads normally on
screen), with a closing report asked `trước ngày N (của) tháng cuối quý` (each quarter's last month,
no quarter named: a quarterly round). qj1: a district office's .docx plan whose task table and body
are typed so, its heading block and header row precomposed (the template's). qj2: an .eml whose
subject and body are typed so, numbered duties with a named unit and a date each and a closing report
`vào ngày 20 tháng cuối quý`. Their expected items (expected/qj*_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-qj` writes qj1 (.docx) and qj2
(.eml).
"""

import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# The tone marks Unikey's `Unicode tổ hợp` types as combining characters (the shape marks of â ê ô ơ
# ư ă stay composed).
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_hop(text: str) -> str:
    """`text` as Unikey's `Unicode tổ hợp` types it: each tone mark a combining character after the
    letter that carries its shape mark (`ế` → `ê` + U+0301)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed if mark in _TONES)
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in _TONES))
        out.append(base + tones)
    return "".join(out)


def qj1_docx(path: Path) -> None:
    """A district Office of Culture's plan for the year's library and reading work: the heading
    block and the table's header row precomposed, the body and the task rows typed `tổ hợp`; a
    closing report of every unit `trước ngày 15 tháng cuối quý`."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        (
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("HUYỆN ĐỒNG XUÂN", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 41/KH-UBND", "Đồng Xuân, ngày 12 tháng 02 năm 2027"),
        )
    ):
        heading.cell(row, 0).text = left
        heading.cell(row, 1).text = right
    for text in (
        "KẾ HOẠCH",
        "Phát triển văn hóa đọc trên địa bàn huyện năm 2027",
        "Căn cứ Quyết định số 1862/QĐ-TTg ngày 04 tháng 11 năm 2021 của Thủ tướng Chính phủ;",
        "Ủy ban nhân dân huyện ban hành Kế hoạch phát triển văn hóa đọc năm 2027 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Khơi dậy phong trào đọc sách trong học sinh, thanh niên và Nhân dân; nâng cao hiệu quả hoạt "
        "động của thư viện huyện và các tủ sách cơ sở.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG",
    ):
        document.add_paragraph(to_hop(text))
    rows = [
        (
            "1",
            "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027",
            "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo",
            "Tháng 4/2027",
        ),
        (
            "2",
            "Bổ sung, luân chuyển sách cho tủ sách của 11 xã, thị trấn",
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
            "UBND các xã, thị trấn",
            "Trước 30/6/2027",
        ),
        (
            "3",
            "Phát động cuộc thi Đại sứ văn hóa đọc cấp huyện",
            "Phòng Giáo dục và Đào tạo",
            "Huyện đoàn",
            "Quý III/2027",
        ),
        (
            "4",
            "Cập nhật tin bài giới thiệu sách mới trên Cổng thông tin điện tử huyện",
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
            "Phòng Văn hóa và Thông tin",
            "Hằng tháng",
        ),
        (
            "5",
            "Kiểm tra hoạt động tủ sách pháp luật tại các xã, thị trấn",
            "Phòng Tư pháp",
            "Phòng Văn hóa và Thông tin",
            "Tháng 10/2027",
        ),
        (
            "6",
            "Tổng kết, khen thưởng các tập thể, cá nhân tiêu biểu",
            "Phòng Văn hóa và Thông tin",
            "Phòng Nội vụ",
            "Trước 20/12/2027",
        ),
    ]
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells, ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"), strict=True
    ):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = to_hop(text)
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các phòng, đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết, bảo đảm hiệu quả.",
        "2. Các phòng, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Văn hóa và "
        "Thông tin) trước ngày 15 tháng cuối quý.",
        "Nơi nhận:",
        "- Sở Văn hóa, Thể thao và Du lịch;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lương Thị Hồng Nhung",
    ):
        document.add_paragraph(to_hop(text))
    document.save(path)


_QJ2_BODY = """Kính gửi: Thủ trưởng các phòng, đơn vị trực thuộc Sở,

Thực hiện ý kiến chỉ đạo của Giám đốc Sở tại cuộc họp giao ban ngày 04/3/2027, Văn phòng Sở thông \
báo phân công nhiệm vụ triển khai công tác chuyển đổi số quý II năm 2027 như sau:

1. Phòng Kế hoạch - Tài chính rà soát, bố trí kinh phí thuê dịch vụ lưu trữ dữ liệu, hoàn thành \
trước ngày 31/3/2027.
2. Trung tâm Công nghệ thông tin nâng cấp hệ thống quản lý văn bản và điều hành, hoàn thành trước \
ngày 30/4/2027.
3. Phòng Tổ chức cán bộ tổ chức bồi dưỡng kỹ năng số cho công chức, viên chức trong tháng 5/2027.
4. Thanh tra Sở kiểm tra việc bảo đảm an toàn thông tin tại các đơn vị trực thuộc, hoàn thành \
trước ngày 15/6/2027.
5. Các phòng, đơn vị báo cáo tiến độ thực hiện về Văn phòng Sở vào ngày 20 tháng cuối quý để tổng \
hợp, báo cáo Giám đốc Sở.

Trân trọng./.

--
Văn phòng Sở Khoa học và Công nghệ
Điện thoại: 0257 3821 456
"""


def qj2_eml(path: Path) -> None:
    """A provincial department's office e-mail (plain text, UTF-8, 8bit) typed `tổ hợp` in its
    subject and body: four numbered duties with a named unit and a date each, and every unit's
    report `vào ngày 20 tháng cuối quý`."""
    from email.header import Header

    subject = Header(to_hop("Phân công nhiệm vụ chuyển đổi số quý II/2027"), "utf-8").encode()
    head = (
        "From: Van phong So KH&CN <vanphong@skhcn-phuyen.vn>\n"
        "To: cac-don-vi@skhcn-phuyen.vn\n"
        "Date: Fri, 05 Mar 2027 15:20:11 +0700\n"
        f"Subject: {subject}\n"
        "Message-ID: <20270305152011.4410@skhcn-phuyen.vn>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    path.write_bytes((head + to_hop(_QJ2_BODY)).encode("utf-8"))


def siblings_qj() -> None:
    qj1_docx(DOCS / "qj1_kh_huyen_van_hoa_doc_unicode_to_hop.docx")
    qj2_eml(DOCS / "qj2_thu_so_khcn_chuyen_doi_so_unicode_to_hop.eml")
