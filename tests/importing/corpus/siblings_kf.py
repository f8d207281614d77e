"""The main corpus's sibling of the held-out document h230 (moved to the main corpus when the
importer was taught its shape, helper h13fixKF): a district People's Committee's weekly calendar of
its leaders as .docx whose sessions are columns (`Ngày, thứ | Sáng | Chiều`), one to three dash
entries in a cell, a cell merged across both sessions, other bodies, tasks, dates and surface
details. kf2 (text) and kf3 (HTML), the siblings of h238 and h240, are written by hand. Their
expected items (expected/kf*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-kf` writes kf1 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kf1_docx(h, path: Path) -> None:
    """A district People's Committee's leaders' weekly calendar: the day cell `Thứ Hai` / `09/10`,
    the sessions as columns `Sáng`/`Chiều`, cells of one to three dash entries `- 8 giờ 00, <leader>
    <work>. Chuẩn bị: <unit>.` or `(… chuẩn bị)`, `làm việc tại cơ quan` and `trực lãnh đạo` entries,
    an empty afternoon, Friday's cell merged across both sessions, a `Lưu ý:` paragraph after the
    table asking every office and board to register by a day."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document,
        ["UBND HUYỆN HÒA VANG", "VĂN PHÒNG HĐND VÀ UBND", "Số: 41/LCT-VP"],
        "Hòa Vang, ngày 06 tháng 10 năm 2028",
    )
    section = document.add_section(WD_SECTION.CONTINUOUS)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        ["LỊCH LÀM VIỆC CỦA CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND HUYỆN", "Tuần 41 (từ 09/10/2028 đến 13/10/2028)"],
    )
    table = h.grid_table(document, ["Ngày, thứ", "Sáng", "Chiều"], [1.3, 4.2, 4.2])
    for row in [
        [
            "Thứ Hai\n09/10",
            "- 7 giờ 30, Chủ tịch UBND huyện họp giao ban với các Phó Chủ tịch (Văn phòng HĐND và UBND huyện chuẩn bị).\n- 9 giờ 00, Phó Chủ tịch Lê Văn Tài kiểm tra tiến độ thu hoạch lúa vụ Hè Thu tại xã Hòa Phong (Phòng Nông nghiệp và Môi trường chuẩn bị).\n- Phó Chủ tịch Đặng Thu Hà: làm việc tại cơ quan.",
            "- 14 giờ 00, Chủ tịch UBND huyện làm việc với Ban Quản lý dự án đầu tư xây dựng huyện về giải ngân vốn đầu tư công (Phòng Tài chính - Kế hoạch chuẩn bị).",
        ],
        [
            "Thứ Ba\n10/10",
            "- 8 giờ 00, Phó Chủ tịch Đặng Thu Hà dự Lễ khai giảng lớp bồi dưỡng cán bộ Hội Phụ nữ cơ sở (Phòng Nội vụ chuẩn bị).",
            "- 14 giờ 00, Phó Chủ tịch Lê Văn Tài họp Ban Chỉ đạo phòng, chống thiên tai huyện triển khai phương án ứng phó mùa mưa bão (Phòng Nông nghiệp và Môi trường chuẩn bị).\n- 16 giờ 00, Chủ tịch UBND huyện nghe báo cáo kết quả cải cách hành chính quý III (Phòng Nội vụ chuẩn bị).",
        ],
        [
            "Thứ Tư\n11/10",
            "- 7 giờ 30, Chủ tịch UBND huyện tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện (Ban Tiếp công dân huyện chuẩn bị).",
            "",
        ],
        [
            "Thứ Năm\n12/10",
            "- 8 giờ 00, Chủ tịch UBND huyện làm việc tại cơ quan.",
            "- 14 giờ 30, Phó Chủ tịch Đặng Thu Hà kiểm tra công tác chuẩn bị Hội thi văn nghệ quần chúng tại Trung tâm Văn hóa - Thông tin huyện (Phòng Văn hóa - Thông tin chuẩn bị).",
        ],
        [
            "Thứ Sáu\n13/10",
            "- Cả ngày, Chủ tịch và các Phó Chủ tịch dự Kỳ họp chuyên đề HĐND huyện tại Hội trường huyện (Văn phòng HĐND và UBND huyện chuẩn bị).",
            "",
        ],
    ]:
        h.fill_row(table, row)
    friday = table.rows[-1]
    text = friday.cells[1].text
    merged = friday.cells[1].merge(friday.cells[2])
    merged.text = text
    h.docx_paragraphs(
        document,
        [
            "Thứ Bảy, Chủ nhật: Phó Chủ tịch Lê Văn Tài trực lãnh đạo.",
            "Lưu ý: Lịch làm việc có thể thay đổi khi có công việc đột xuất. Các phòng, ban chuyên môn gửi đăng ký lịch làm việc tuần sau về Văn phòng HĐND và UBND huyện trước 10 giờ thứ Năm (12/10).",
            "CHÁNH VĂN PHÒNG\n(đã ký)\nHuỳnh Minh Tân",
        ],
    )
    document.save(path)


def siblings_kf() -> None:
    h = heldout_writers()
    kf1_docx(h, DOCS / "kf1_lich_tuan_ubnd_huyen_cot_sang_chieu.docx")
