"""The main corpus's sibling of the held-out document h108 (moved to the main corpus when the importer
was taught its shape, helper h13fixP2; the siblings zp1–zp3 of h110, h121 and h120 are Markdown and
HTML written by hand): the same shape with other bodies, units, tasks, dates and surface details.
Its expected items (expected/zp4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-p` writes it (needs LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def zp4_docx(h, path: Path) -> None:
    """A ward chairman's decision with a landscape appendix of tasks (sibling of h108): page 1 the
    decision, page 2 the appendix table, a partner column and a `Ghi chú` column."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂY SƠN", "Số: 112/QĐ-UBND"],
        "Tây Sơn, ngày 12 tháng 02 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch chỉnh trang đô thị và bảo vệ môi trường năm 2026",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂY SƠN",
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
            "Căn cứ Kế hoạch của UBND thành phố về xây dựng đô thị văn minh năm 2026;",
            "Xét đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chỉnh trang đô thị và bảo vệ môi trường năm 2026 của phường Tây Sơn (Phụ lục kèm theo).",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Trưởng Công an phường, Tổ trưởng các tổ dân phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; TT Đảng ủy phường; Lưu: VT.",
            "CHỦ TỊCH\nTrần Quốc Bảo",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "CÁC NHIỆM VỤ CHỈNH TRANG ĐÔ THỊ VÀ BẢO VỆ MÔI TRƯỜNG NĂM 2026",
            "(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 12/02/2026 của Chủ tịch UBND phường Tây Sơn)",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
        [0.5, 4.2, 1.9, 1.9, 1.6],
    )
    rows = [
        (
            "1",
            "Lắp đặt đèn chiếu sáng tại 6 kiệt, hẻm chưa có điện",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Tổ dân phố 3, 5",
            "Tháng 3/2026",
        ),
        (
            "2",
            "Ra quân dọn vệ sinh, khơi thông cống thoát nước trước mùa mưa",
            "Đoàn Thanh niên phường",
            "Các tổ dân phố",
            "Tháng 5 - 6/2026",
        ),
        (
            "3",
            "Xử lý dứt điểm các điểm tập kết rác tự phát ven đường Lê Lợi",
            "Công an phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Trước 15/4/2026",
        ),
        (
            "4",
            "Trồng mới 200 cây xanh trên các tuyến đường nội phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Hội Cựu chiến binh phường",
            "Tháng 10/2026",
        ),
        (
            "5",
            "Tuyên truyền phân loại rác thải tại nguồn đến từng hộ gia đình",
            "Ủy ban MTTQ Việt Nam phường",
            "Hội Liên hiệp Phụ nữ phường",
            "Thường xuyên",
        ),
        (
            "6",
            "Kiểm tra việc lấn chiếm vỉa hè, lòng đường tại chợ Tây Sơn",
            "Công an phường",
            "Ban Quản lý chợ",
            "Hằng tháng",
        ),
        (
            "7",
            "Tổng kết, báo cáo kết quả thực hiện Kế hoạch năm 2026",
            "Văn phòng HĐND và UBND phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "20/12/2026",
        ),
    ]
    for row in rows:
        h.fill_row(table, row)
    document.save(path)


def rasterise_turned_left(pdf: Path, target: Path, scale: float = 200 / 72) -> None:
    """An image-only PDF of `pdf` in which every landscape page lies turned a quarter the other way
    than h108's (its text runs top to bottom), each page slightly askew."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=scale).to_pil().convert("L")
        if page.width > page.height:
            page = page.transpose(Image.Transpose.ROTATE_270)
        page = page.rotate(0.4, expand=False, fillcolor=255)
        pages.append(page.point(lambda value: 255 if value > 170 else 0).convert("1"))
    pages[0].save(target, "PDF", resolution=72 * scale, save_all=True, append_images=pages[1:])


def siblings_p() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the scan zp4 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zp4_qd_phuong_phu_luc_xoay_ban_quet.docx"
        zp4_docx(h, source)
        h.soffice_convert(source, "pdf", Path(tmp) / "zp4.pdf")
        rasterise_turned_left(Path(tmp) / "zp4.pdf", DOCS / "zp4_qd_phuong_phu_luc_xoay_ban_quet.pdf")
