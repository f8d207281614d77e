"""The main corpus's siblings of the held-out documents h731 and h732 (moved to the main corpus when the
importer was taught their shapes, by h13fixYD on 2026-12-06).

`yd1` (h731's shape): a commune Farmers' Association's monthly programme (.docx) whose numbered tasks
each open with their time before a colon (`Ngày 03/3/2028:`, `Từ 12/3 đến 20/3:`, `Trong tháng:`,
`Thường xuyên:`) and print the post in charge on a `Phụ trách:` line below; the tasks opening with a
day and then their noun or verb (no subject) are due that day, and the task after `Thường xuyên:`
(a label no field list knows) is a task of its own, not a field of the one above it.

`yd2` (h732's shape): a ward Youth Union's notice of its standing board's conclusions (plain text)
whose lettered points open with their doer, two of them a deputy by post with the holder noted in
parentheses (`Phó Bí thư Đoàn phường (anh …) chủ trì …`, `Phó Chủ tịch Hội … (chị …) phụ trách …`):
the post leads as printed, `Phó` and all, without the holder.

Their expected items (expected/yd1_…, yd2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yd` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YD1_PARAGRAPHS = (
    "HỘI NÔNG DÂN HUYỆN KRÔNG LIÊN",
    "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ EA TRANG",
    "Số: 05/CTr-HND",
    "Ea Trang, ngày 25 tháng 02 năm 2028",
    "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3/2028",
    "I. KẾT QUẢ THÁNG 02/2028",
    "- Kết nạp 12 hội viên mới, nâng tổng số hội viên lên 1.146 người.",
    "- Giải ngân 03 dự án Quỹ Hỗ trợ nông dân với tổng số tiền 450 triệu đồng.",
    "II. NHIỆM VỤ THÁNG 3/2028",
    "1. Ngày 03/3/2028: Hội nghị Ban Chấp hành Hội Nông dân xã triển khai nhiệm vụ quý II/2028.",
    "Phụ trách: Chủ tịch Hội.",
    "2. Ngày 10/3/2028: Tập huấn kỹ thuật chăm sóc cà phê tái canh cho hội viên tại Nhà văn hóa thôn 4.",
    "Phụ trách: Phó Chủ tịch Hội.",
    "3. Từ 12/3 đến 20/3: Khảo sát nhu cầu vay vốn Quỹ Hỗ trợ nông dân của hội viên các chi hội.",
    "Phụ trách: Phó Chủ tịch Hội.",
    '4. Trong tháng: Hướng dẫn các chi hội tổ chức sinh hoạt chuyên đề "Nông dân thi đua sản xuất giỏi".',
    "Phụ trách: Phó Chủ tịch Hội.",
    "5. Thường xuyên: Nắm bắt tư tưởng, nguyện vọng của hội viên, nông dân; kịp thời phản ánh với Đảng ủy "
    "xã những vướng mắc ở cơ sở.",
    "Phụ trách: Chủ tịch Hội.",
    "III. TỔ CHỨC THỰC HIỆN",
    "- Các chi hội báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 28/3/2028.",
    "Nơi nhận:",
    "- Hội Nông dân huyện (b/c);",
    "- Các chi hội;",
    "- Lưu: VP.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Y Blốc Niê",
)
_YD1_BOLD = ("CHƯƠNG TRÌNH", "I. ", "II. ", "III. ")


def yd1_docx(path: Path) -> None:
    """A commune Farmers' Association's monthly programme for March 2028 (.docx): roman sections,
    numbered tasks each opening with its time before a colon, the post in charge on its own line."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    for text in YD1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text.startswith(_YD1_BOLD):
            run.bold = True
        if text.startswith("Phụ trách:"):
            paragraph.paragraph_format.left_indent = Pt(18)
            run.italic = True
    document.save(path)


# The notice's lines (a paragraph is one line, as a plain text file prints it)
YD2_LINES = (
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN PHƯỜNG HÒA KHÁNH",
    "Số: 17-TB/ĐTN",
    "",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đoàn phường tại cuộc họp giao ban tháng 02/2028",
    "",
    "Ngày 24/02/2028, Ban Thường vụ Đoàn phường Hòa Khánh họp giao ban với Bí thư các chi đoàn khu phố. "
    "Đồng chí Lê Quang Vinh, Bí thư Đoàn phường chủ trì. Ban Thường vụ kết luận như sau:",
    "",
    "1. Kết quả tháng 02/2028",
    "Các chi đoàn đã tổ chức 14 buổi ra quân vệ sinh môi trường; kết nạp 26 đoàn viên mới.",
    "",
    "2. Nhiệm vụ tháng 3/2028",
    "a) Các chi đoàn khu phố rà soát, cập nhật danh sách đoàn viên, gửi về Văn phòng Đoàn phường trước "
    "ngày 05/3/2028.",
    "b) Phó Bí thư Đoàn phường (anh Trần Minh Khoa) chủ trì tổ chức Ngày hội Thanh niên khởi nghiệp, hoàn "
    "thành trước 26/3/2028.",
    "c) Phó Chủ tịch Hội Liên hiệp Thanh niên phường (chị Đỗ Thu Hà) phụ trách vận động đoàn viên, thanh "
    "niên hiến máu tình nguyện vào ngày 19/3/2028.",
    "d) Đội Thanh niên xung kích phường ra quân dọn vệ sinh các tuyến hẻm vào Chủ nhật hằng tuần.",
    "e) Đề nghị Ủy ban nhân dân phường hỗ trợ kinh phí tổ chức Ngày hội Thanh niên khởi nghiệp trước ngày "
    "15/3/2028.",
    "",
    "Các chi đoàn báo cáo kết quả thực hiện về Văn phòng Đoàn phường trước ngày 25 hằng tháng.",
    "",
    "Nơi nhận:",
    "- Quận đoàn (b/c);",
    "- Các chi đoàn;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Quang Vinh",
)
YD2_TEXT = "\n".join(YD2_LINES) + "\n"


def yd2_txt(path: Path) -> None:
    """A ward Youth Union's notice of conclusions at its monthly briefing (plain text, UTF-8)."""
    path.write_text(YD2_TEXT, encoding="utf-8")


def siblings_yd() -> None:
    yd1_docx(DOCS / "yd1_ctr_hoi_nong_dan_xa_thang.docx")
    yd2_txt(DOCS / "yd2_tbkl_doan_phuong_giao_ban.txt")
