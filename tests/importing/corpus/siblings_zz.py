"""The main corpus's siblings of the held-out document h856 (an upper-secondary school subject
group's month plan in Markdown), written by h13fixZZ on 2026-12-06 when the importer was taught its
dated activity.

Their shape: a month plan's numbered tasks whose sentence closes with the day the task's own activity
is held, after a comma or a semicolon and the activity's verb (`…, trưng bày ngày 22/01.`, `…;
tổ chức vào ngày 24/3.`, `…, nộp ngày 20/3.`): that day is the due; a day inside a clause (`theo
Công văn số 45/PGDĐT ngày 02/3/2028 của …`) stays a date of record (no due of its own).

`zz1` (.md): a primary school grade team's month plan, each task over a `*Phụ trách:*` line.
`zz2` (.docx): a commune youth union's month plan, numbered tasks led by their subject.

Their expected items (expected/zz1_…, zz2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zz` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first

ZZ1_MD = """TRƯỜNG TIỂU HỌC HOÀNG HOA THÁM
TỔ CHUYÊN MÔN KHỐI 4

# KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN THÁNG 3/2028

## I. Đánh giá hoạt động tháng 02/2028

- Các lớp thực hiện đúng chương trình, kế hoạch dạy học.
- 100% giáo viên hoàn thành hồ sơ chuyên môn đúng hạn.

## II. Nhiệm vụ tháng 3/2028

1. Hướng dẫn học sinh khối 4 vẽ tranh chủ đề "Mẹ và cô của em", triển lãm ngày 08/3.
   *Phụ trách:* Tổ trưởng (cô Nông Thị Mai)
2. Luyện tập tiết mục văn nghệ chào mừng ngày thành lập Đoàn Thanh niên; tổ chức vào ngày 24/3.
   *Phụ trách:* cô Hứa Thanh Vân
3. Dạy minh họa chuyên đề "Đọc mở rộng" tại lớp 4B, gửi kế hoạch bài dạy cho tổ trước ngày 13/3.
   *Phụ trách:* thầy La Văn Quý
4. Hoàn thiện hồ sơ học sinh khuyết tật học hòa nhập của các lớp, nộp ngày 20/3.
   *Phụ trách:* Tổ phó (thầy Mông Đức Lâm)
5. Triển khai chuyên đề sử dụng đồ dùng dạy học tự làm theo Công văn số 45/PGDĐT ngày 02/3/2028 của Phòng Giáo dục và Đào tạo.
   *Phụ trách:* Tổ trưởng
6. Kiểm tra vở ghi, vở luyện viết của học sinh các lớp: 27 - 29/3.
   *Phụ trách:* Tổ trưởng, Tổ phó

> Lưu ý: Lịch có thể điều chỉnh theo kế hoạch của nhà trường.

Nơi nhận:
- Ban Giám hiệu (b/c);
- Các thành viên tổ;
- Lưu hồ sơ tổ.
"""


def zz1_md(path: Path) -> None:
    """A primary school grade team's month plan in Markdown (.md)."""
    path.write_text(ZZ1_MD, encoding="utf-8")


def zz2_docx(path: Path) -> None:
    """A commune youth union's month plan, numbered tasks led by their subject (.docx)."""
    doc = document()
    head_block(
        doc,
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ THANH LONG\n───────\nSố: 12-KH/ĐTN",
        right="ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Thanh Long, ngày 01 tháng 3 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động Tháng Thanh niên, tháng 3/2028", bold=True, center=True)
    para(doc, "I. NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Chi đoàn thôn Nà Pồng ra quân dọn vệ sinh đường làng, trồng 300 cây xanh trước ngày 12/3/2028.",
    )
    para(
        doc,
        "2. Ban Thường vụ Đoàn xã chuẩn bị nội dung Diễn đàn thanh niên với lãnh đạo xã, tổ chức ngày 24/3.",
    )
    para(
        doc,
        "3. Chi đoàn thôn Bản Chang hướng dẫn đoàn viên hoàn thiện mô hình sản phẩm khởi nghiệp, trưng bày ngày 26/3.",
    )
    para(
        doc,
        "4. Đội Thanh niên tình nguyện xã hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử trong tháng 3/2028.",
    )
    para(
        doc,
        "5. Chi đoàn Công an xã tuyên truyền an toàn giao thông tại các thôn theo Kế hoạch số 21/KH-UBND ngày 05/02/2028 của UBND xã.",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi đoàn báo cáo kết quả thực hiện về Ban Thường vụ Đoàn xã trước ngày 29/3/2028.")
    sign_table(
        doc,
        "Nơi nhận:\n- Huyện đoàn;\n- Đảng ủy xã;\n- Lưu VP.",
        "TM. BAN CHẤP HÀNH\nBÍ THƯ\n\n\n\nHoàng Thị Lụa",
    )
    doc.save(path)


def siblings_zz() -> None:
    zz1_md(DOCS / "zz1_kh_thang_to_khoi_4_tieu_hoc_trien_lam.md")
    zz2_docx(DOCS / "zz2_kh_thang_doan_xa_to_chuc_ngay.docx")
