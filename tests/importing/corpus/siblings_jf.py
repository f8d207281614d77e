"""The main corpus's sibling of the held-out document h150 (helper h13fixJF; h157's, h158's and h153's
siblings jf1–jf3 are CSV and HTML, written by hand): the same shape with other bodies, units, tasks, dates
and surface details. Its expected items (expected/jf4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-jf` writes jf4 (LibreOffice prints it to PDF).
"""

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jf4_docx(path: Path) -> None:
    """A district health centre's quarterly briefing slides (16:9 pages): a title slide, a results slide,
    one task slide `■ <task>` over `⇒ <unit> | <time>`, a proposals slide, a footer on every slide."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(25.4), Cm(14.29)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.2)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(14)
    slides = [
        [
            ("TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN", 16, True),
            ("HỌP GIAO BAN QUÝ II/2027", 28, True),
            ("Đông Sơn, ngày 02/4/2027", 14, False),
        ],
        [
            ("KẾT QUẢ QUÝ I/2027", 24, True),
            ("■ Tiêm chủng đầy đủ cho 1.240 trẻ dưới 1 tuổi, đạt 97,3%", 14, False),
            ("■ Khám sàng lọc tăng huyết áp cho 3.800 người trên 40 tuổi", 14, False),
            ("■ Không để xảy ra ngộ độc thực phẩm đông người", 14, False),
        ],
        [
            ("NHIỆM VỤ QUÝ II/2027", 22, True),
            ("■ Tổ chức chiến dịch uống vitamin A đợt 1 cho trẻ 6 - 36 tháng", 14, False),
            ("      ⇒ Khoa Chăm sóc sức khỏe sinh sản  |  01 - 02/6/2027", 12, False),
            ("■ Phun hóa chất diệt muỗi tại 3 ổ dịch sốt xuất huyết cũ", 14, False),
            ("      ⇒ Khoa Kiểm soát bệnh tật  |  trước 30/4/2027", 12, False),
            ("■ Kiểm tra vệ sinh an toàn thực phẩm dịp Tết thiếu nhi", 14, False),
            ("      ⇒ Khoa An toàn thực phẩm  |  25/5/2027", 12, False),
            ("■ Báo cáo số ca bệnh truyền nhiễm về Sở Y tế", 14, False),
            ("      ⇒ Phòng Kế hoạch - Nghiệp vụ  |  hằng tuần", 12, False),
            ("■ Quyết toán kinh phí chương trình mục tiêu y tế năm 2026", 14, False),
            ("      ⇒ Phòng Tài chính - Kế toán  |  trong quý II", 12, False),
        ],
        [
            ("ĐỀ XUẤT", 24, True),
            ("■ Đề nghị Sở Y tế cấp bổ sung 2.000 liều vắc xin sởi - rubella", 14, False),
            ("■ Đề nghị UBND huyện hỗ trợ kinh phí phun hóa chất", 14, False),
        ],
        [("XIN CẢM ƠN!", 30, True)],
    ]
    for number, slide in enumerate(slides, start=1):
        for text, size, bold in slide:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(5)
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
        footer = document.add_paragraph()
        footer.paragraph_format.space_before = Pt(12)
        footer.add_run(f"TTYT Đông Sơn  |  Giao ban quý II/2027  |  Trang {number}").font.size = Pt(9)
        if number < len(slides):
            footer.add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


def siblings_jf() -> None:
    sys.path.insert(0, str(HERE / "heldout"))
    from make_docs import soffice_convert  # heldout/make_docs.py

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "jf4_trinh_chieu_giao_ban_quy_ttyt_huyen.docx"
        jf4_docx(source)
        soffice_convert(source, "pdf", DOCS / "jf4_trinh_chieu_giao_ban_quy_ttyt_huyen.pdf")
