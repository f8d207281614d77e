"""The main corpus's sibling of the held-out document h189 (helper h13fixJX): the same shape with
another body, units, tasks, dates and surface details. Its expected items (expected/jx1_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-jx`
writes jx1 (an image-only scan of a ward's one-page dispatch: `N. <body>: <duty>` paragraphs, an
event's day that is the due, a day in parentheses after `trước khi <event>`, and an unnumbered
closing request for a report under the last duty, with no blank line between) through LibreOffice
and pypdfium2.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jx1_docx(h, path: Path) -> None:
    """A ward People's Committee's dispatch on a food-safety month (to be scanned): `Kính gửi:` a
    list, an opening that cites a plan and its date, six numbered duties (a colon after the body,
    or `Đề nghị <body> chủ trì …`), and a closing paragraph asking every body for a report."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(2)
    section = document.sections[0]
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(1.5)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    h.national_header(
        document,
        [
            "UBND PHƯỜNG TÂN HÒA",
            "Số: 96/UBND-VP",
            "V/v triển khai Tháng hành động vì an toàn thực phẩm năm 2026",
        ],
        "Tân Hòa, ngày 14 tháng 4 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "Kính gửi:",
            "- Trạm Y tế phường; Công an phường;",
            "- Phòng Kinh tế, Hạ tầng và Đô thị; Đoàn Thanh niên phường;",
            "- Các tổ dân phố; Văn phòng HĐND và UBND phường.",
            "Thực hiện Kế hoạch số 58/KH-UBND ngày 08/4/2026 của UBND quận Bình Sơn về triển khai Tháng hành động vì an toàn thực phẩm năm 2026, Chủ tịch UBND phường yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:",
            "1. Trạm Y tế phường: Chủ trì, phối hợp với Công an phường kiểm tra các cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể trên địa bàn; hoàn thành trước ngày 15/5/2026.",
            "2. Phòng Kinh tế, Hạ tầng và Đô thị: Tham mưu UBND phường tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm vào chiều thứ Sáu, ngày 24/4/2026 tại Hội trường UBND phường.",
            "3. Các tổ dân phố: Tuyên truyền đến từng hộ gia đình các quy định về bảo đảm an toàn thực phẩm trong buổi sinh hoạt tổ dân phố định kỳ hằng tháng.",
            "4. Đề nghị Đoàn Thanh niên phường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ phường tổ chức Ngày hội thực phẩm sạch cho mọi nhà tại Công viên Tân Hòa từ ngày 09/5 đến ngày 10/5/2026.",
            "5. Công an phường: Phối hợp kiểm tra, xử lý nghiêm các trường hợp vi phạm về an toàn thực phẩm trước khi diễn ra Lễ hội ẩm thực đường phố (ngày 16/5/2026).",
            "6. Văn phòng HĐND và UBND phường: Đăng tải tin, bài trên Trang thông tin điện tử phường; cập nhật thường xuyên trong thời gian triển khai.",
            "Các cơ quan, đơn vị gửi báo cáo kết quả về UBND phường (qua Trạm Y tế phường) trước 10 giờ 00 ngày 25/5/2026 để tổng hợp, báo cáo UBND quận Bình Sơn./.",
        ],
    )
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(["Nơi nhận:", "- Như trên;", "- UBND quận (b/c);", "- Lưu: VT."])
    table.cell(0, 1).text = "\n".join(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lâm Văn Toàn"])
    document.save(path)


def siblings_jx() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jx1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "jx1_cv_ubnd_phuong_an_toan_thuc_pham_ban_quet"
        jx1_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf", scale=150 / 72)
