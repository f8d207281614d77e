"""The main corpus's siblings of the held-out documents h399 and h402 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQR).

h399's shape: conclusions grouped under bold unit headings with dash tasks below; a task serving a
named Day whose name ends with its day and month (`chào mừng Ngày Doanh nhân Việt Nam 13/10`) and
printing a full date of its own (that date is its time, not the Day's); a task done `theo Kế hoạch
… số 07/KH-…` with no date (the numbered plan sets its time: for a person). qr1: a provincial
Farmers' Association's monthly briefing conclusions (.docx).

h402's shape: a dispatch assigning tasks, printed from Word to PDF: numbered units over lettered
tasks, run-in `N. Unit: task` lines, a request to every province's or commune's body; a response
time in hours (`trong vòng 24 giờ kể từ khi tiếp nhận bệnh phẩm`, `trong vòng 12 giờ` alone) is each case's
turnaround, a standing duty; a parenthesis wrapped so the next line opens with its last word and
the bracket (`(mẫu tại Phụ lục` / `2) trước ngày …`) is no numbered point. qr2: a provincial
Department of Health's dispatch on dengue (.pdf via LibreOffice).

Their expected items (expected/qr*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qr` writes them.
"""

import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _doc(size: int = 13):
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(size)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    return doc


def _para(doc, text: str, bold: bool = False, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p = doc.add_paragraph()
    p.add_run(text).bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _head(doc, left: list[str], right: list[str]) -> None:
    """The title block in a borderless two-cell table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    grid = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(grid.rows[0].cells, (left, right), strict=True):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line)
            run.font.size = Pt(12)
            run.bold = line.isupper() and not line.startswith("Số")


def qr1(path: Path) -> None:
    doc = _doc()
    _head(
        doc,
        ["HỘI NÔNG DÂN TỈNH", "BAN THƯỜNG VỤ", "Số: 214-TB/HNDT"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ngày 06 tháng 9 năm 2026"],
    )
    _para(doc, "THÔNG BÁO", bold=True, center=True)
    _para(
        doc,
        "Ý kiến kết luận của đồng chí Chủ tịch Hội Nông dân tỉnh tại cuộc họp giao ban tháng 8/2026",
        center=True,
    )
    lines = [
        (
            "Chiều ngày 04/9/2026, Thường trực Hội Nông dân tỉnh họp giao ban đánh giá công tác tháng 8, "
            "triển khai nhiệm vụ tháng 9 và các tháng cuối năm 2026. Đồng chí Chủ tịch Hội kết luận như sau:",
            False,
        ),
        ("I. Kết quả tháng 8/2026", True),
        (
            "Các cấp Hội đã tổ chức 46 lớp tập huấn chuyển giao khoa học kỹ thuật cho 2.300 lượt hội viên; "
            "giải ngân Quỹ Hỗ trợ nông dân đạt 82% kế hoạch.",
            False,
        ),
        ("II. Nhiệm vụ thời gian tới", True),
        ("1. Ban Kinh tế - Xã hội:", True),
        (
            "- Tổ chức Hội chợ nông sản an toàn tại Quảng trường tỉnh chào mừng Ngày Doanh nhân "
            "Việt Nam 13/10, khai mạc ngày 10/10/2026.",
            False,
        ),
        ("- Thẩm định hồ sơ vay vốn Quỹ Hỗ trợ nông dân đợt 3, hoàn thành trước ngày 30/9/2026.", False),
        ("2. Ban Tổ chức - Kiểm tra:", True),
        (
            "- Giám sát việc thực hiện Điều lệ Hội tại 05 cơ sở Hội theo Kế hoạch giám sát số 07/KH-BTV.",
            False,
        ),
        ("- Hướng dẫn các cơ sở Hội kết nạp hội viên mới, báo cáo Thường trực trước ngày 15/11/2026.", False),
        ("3. Văn phòng:", True),
        (
            "- Chuẩn bị nội dung Hội nghị Ban Chấp hành tổng kết năm 2026, dự kiến tổ chức ngày 18/12/2026.",
            False,
        ),
        ("- Tổng hợp ý kiến, kiến nghị của hội viên gửi Hội đồng nhân dân tỉnh trong tháng 10/2026.", False),
        ("Văn phòng Hội Nông dân tỉnh thông báo để các ban, đơn vị biết, thực hiện./.", False),
    ]
    for text, bold in lines:
        _para(doc, text, bold=bold)
    doc.save(path)


def qr2_docx(path: Path) -> None:
    doc = _doc()
    _head(
        doc,
        [
            "UBND TỈNH BÌNH MINH",
            "SỞ Y TẾ",
            "Số: 2207/SYT-NVY",
            "V/v triển khai các biện pháp phòng, chống dịch sốt xuất huyết",
        ],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Bình Minh, ngày 14 tháng 7 năm 2027",
        ],
    )
    _para(doc, "Kính gửi:", bold=True)
    _para(doc, "- Các đơn vị trực thuộc Sở;")
    _para(doc, "- Ủy ban nhân dân các xã, phường.")
    paragraphs = [
        "Số ca mắc sốt xuất huyết trên địa bàn tỉnh tăng nhanh trong các tuần gần đây. Để chủ động kiểm "
        "soát dịch bệnh, Sở Y tế giao nhiệm vụ cho các đơn vị như sau:",
        "1. Trung tâm Kiểm soát bệnh tật tỉnh",
        "a) Xét nghiệm khẳng định mẫu huyết thanh do các cơ sở điều trị gửi đến, trả kết quả trong vòng "
        "24 giờ kể từ khi tiếp nhận bệnh phẩm.",
        "b) Tổ chức chiến dịch diệt lăng quăng tại 12 xã, phường có ổ dịch, hoàn thành trước ngày 15/8/2027.",
        "2. Bệnh viện Đa khoa tỉnh",
        "a) Bố trí khu điều trị riêng cho người bệnh sốt xuất huyết nặng trong tháng 7/2027.",
        "b) Tập huấn phác đồ chẩn đoán, điều trị cho bác sĩ tuyến xã trước ngày 31/8/2027.",
        "3. Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí mua hóa chất diệt muỗi, trình Giám đốc Sở "
        "trong tháng 8/2027.",
        "4. Phòng Nghiệp vụ Y: Tổng hợp số liệu ca bệnh cả tỉnh, gửi Bộ Y tế (mẫu tại Phụ lục "
        "2) trước ngày 05/9/2027.",
        "5. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo Trạm Y tế thông báo ca bệnh mới phát hiện về "
        "Trung tâm Kiểm soát bệnh tật tỉnh trong vòng 12 giờ qua phần mềm giám sát.",
        "Sở Y tế đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
    ]
    for text in paragraphs:
        _para(doc, text)
    _para(doc, "Nơi nhận:", bold=True)
    for line in ["- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, NVY."]:
        _para(doc, line)
    _para(doc, "KT. GIÁM ĐỐC", bold=True)
    _para(doc, "PHÓ GIÁM ĐỐC", bold=True)
    _para(doc, "Trần Thị Mai Hương", bold=True)
    doc.save(path)


def siblings_qr() -> None:
    qr1(DOCS / "qr1_tb_ket_luan_hoi_nong_dan_tinh_giao_ban.docx")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "qr2_cv_so_y_te_giao_nhiem_vu_sot_xuat_huyet.docx"
        qr2_docx(src)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
        )
        src.with_suffix(".pdf").replace(DOCS / src.with_suffix(".pdf").name)
