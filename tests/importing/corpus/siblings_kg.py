"""The main corpus's sibling of the held-out documents h210 and h232 (helper h13fixKG): the same
shape with another body, units, tasks, dates and surface details. Its expected items
(expected/kg1_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-kg` writes kg1 (an image-only scan, about 250 dpi,
of a district infrastructure office's monthly plan: the time first as a weekday with its date in
parentheses and no year, two rows spanning days `Thứ Hai (08/11) - Thứ Tư (10/11)` and `Thứ Năm
(18/11) đến Thứ Sáu (19/11)`, leads naming bodies by abbreviations after a word (`Ban QLDA ĐTXD
huyện`, `Tổ công tác phòng, chống HIV/AIDS huyện`), a person column that is no lead and a
closing request for a report) through LibreOffice and pypdfium2.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kg1_docx(h, path: Path) -> None:
    """A district's Economy and Infrastructure office's monthly plan (to be scanned): `Ngày | Công
    việc | Đơn vị thực hiện | Cán bộ theo dõi`, the day first, two spans of days, `Trong tháng`."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["UBND HUYỆN THƯỜNG XUÂN", "PHÒNG KINH TẾ VÀ HẠ TẦNG", "Số: 112/KH-KTHT"],
        "Thường Xuân, ngày 29 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 11 NĂM 2027",
            "Thực hiện chương trình công tác năm 2027 của UBND huyện, Phòng Kinh tế và Hạ tầng xây dựng kế hoạch công tác tháng 11/2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["Ngày", "Công việc", "Đơn vị thực hiện", "Cán bộ theo dõi"],
        [1.3, 2.9, 1.6, 1.2],
    )
    for row in [
        [
            "Thứ Ba (02/11)",
            "Họp giao ban tiến độ các công trình đầu tư công quý IV",
            "Ban QLDA ĐTXD huyện",
            "Ông Lê Văn Khải",
        ],
        [
            "Thứ Hai (08/11) - Thứ Tư (10/11)",
            "Kiểm tra hiện trạng mặt đường tỉnh lộ 519 đoạn qua thị trấn, lập phương án vá ổ gà",
            "Đội Quản lý giao thông",
            "Bà Cầm Thị Nhung",
        ],
        [
            "Thứ Sáu (12/11)",
            "Truyền thông phòng, chống HIV/AIDS cho công nhân các công trình xây dựng",
            "Tổ công tác phòng, chống HIV/AIDS huyện",
            "Ông Vi Đức Thịnh",
        ],
        [
            "Thứ Năm (18/11) đến Thứ Sáu (19/11)",
            "Nghiệm thu hạng mục kè chống sạt lở bờ sông Chu tại xã Xuân Cẩm",
            "Ban QLDA ĐTXD huyện",
            "Ông Lê Văn Khải",
        ],
        [
            "Thứ Tư (24/11)",
            "Thẩm định thiết kế bản vẽ thi công nhà văn hóa các thôn Đồng Lớn, Làng Mới",
            "Tổ thẩm định HTKT",
            "Bà Hà Thị Duyên",
        ],
        [
            "Trong tháng",
            "Rà soát, cập nhật cơ sở dữ liệu đường giao thông nông thôn",
            "Đội Quản lý giao thông",
            "Bà Cầm Thị Nhung",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Các đơn vị báo cáo kết quả thực hiện về Phòng Kinh tế và Hạ tầng trước ngày 26/11/2027 để tổng hợp.",
            "Nơi nhận:",
            "- UBND huyện (b/c);",
            "- Các đơn vị thuộc Phòng;",
            "- Lưu: VT.",
        ],
    )
    document.save(path)


def siblings_kg() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: kg1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "kg1_kh_thang_phong_ktht_ngay_truoc_ban_quet"
        kg1_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf", scale=250 / 72)
