"""The main corpus's siblings of h298 and h269 (both already in the main corpus; what was left of them
taught later by helper h13fixLB): lb1, a department's plan implementing a Party resolution printed to
a text PDF, whose lead clause after a semicolon is carried by a PDF line that opens with the unit's
name, with a session of the People's Council named by its time of year and a task's own span of
years; lb2 (a quarter programme as text, month titles over numbered tasks, an unnumbered `Dự kiến:`
line among them and a closing request due before a day of the month before) is written by hand.
Their expected items (expected/lb1_…, lb2_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-lb` writes lb1 (.pdf, needs soffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# (text, where the line is broken by hand: the text before it ends one PDF line)
LB1_PARAGRAPHS = [
    ("KẾ HOẠCH", None),
    (
        "Thực hiện Nghị quyết số 09-NQ/TU ngày 12/3/2029 của Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp hữu cơ đến năm 2035",
        None,
    ),
    ("I. MỤC ĐÍCH, YÊU CẦU", None),
    ("1. Cụ thể hóa các nhiệm vụ của Nghị quyết thành việc làm của từng phòng, đơn vị thuộc Sở.", None),
    (
        "2. Phân công rõ đơn vị chủ trì, thời hạn hoàn thành; gắn với Kế hoạch phát triển ngành năm 2029.",
        None,
    ),
    ("II. NHIỆM VỤ, GIẢI PHÁP", None),
    ("1. Tuyên truyền, phổ biến Nghị quyết", None),
    (
        "1.1. Tổ chức hội nghị phổ biến Nghị quyết đến công chức, viên chức và người lao động của Sở; Văn phòng Sở thực hiện; thời gian: tháng 5/2029.",
        None,
    ),
    (
        "1.2. Xây dựng chuyên mục “Nông nghiệp xanh” trên Trang thông tin điện tử của Sở, đăng tải tin bài về các mô hình sản xuất hữu cơ tiêu biểu;",
        "Trung tâm Khuyến nông chủ trì, hằng quý báo cáo Giám đốc Sở kết quả thực hiện.",
    ),
    ("2. Hoàn thiện cơ chế, chính sách", None),
    (
        "2.1. Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ chứng nhận sản phẩm nông nghiệp hữu cơ, trình tại kỳ họp giữa năm 2029 của HĐND tỉnh; Phòng Kế hoạch - Tài chính chủ trì, phối hợp Sở Tài chính.",
        None,
    ),
    (
        "2.2. Rà soát, đánh giá kết quả thực hiện Đề án tái cơ cấu ngành nông nghiệp giai đoạn 2021 - 2025, đề xuất nội dung điều chỉnh; Chi cục Trồng trọt và Bảo vệ thực vật chủ trì; hoàn thành trước 30/9/2029.",
        None,
    ),
    ("3. Triển khai các chương trình, mô hình", None),
    (
        "3.1. Xây dựng vùng sản xuất lúa hữu cơ tập trung tại các xã Tân Mỹ, Phú Lộc, Hòa Bình giai đoạn 2029 - 2031; Chi cục Trồng trọt và Bảo vệ thực vật chủ trì, phối hợp UBND các xã.",
        None,
    ),
    (
        "3.2. Theo dõi, giám sát chất lượng vật tư nông nghiệp, phân bón hữu cơ lưu thông trên địa bàn tỉnh;",
        "Chi cục Quản lý chất lượng nông lâm sản chủ trì, định kỳ 6 tháng báo cáo Giám đốc Sở.",
    ),
    (
        "3.3. Tổ chức 03 lớp tập huấn quy trình sản xuất hữu cơ cho nông dân (mỗi lớp 80 học viên); Trung tâm Khuyến nông chủ trì; thời gian: tháng 7 - 8/2029.",
        None,
    ),
    ("III. TỔ CHỨC THỰC HIỆN", None),
    (
        "1. Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao tại Kế hoạch này.",
        None,
    ),
    (
        "2. Văn phòng Sở theo dõi, đôn đốc; tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Ban Thường vụ Tỉnh ủy trước ngày 05/12 hằng năm.",
        None,
    ),
    (
        "Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); UBND tỉnh (b/c); Lãnh đạo Sở; các phòng, đơn vị; Lưu: VT, VP.",
        None,
    ),
    ("GIÁM ĐỐC", None),
    ("Lò Văn Thắng", None),
]


def lb1_docx(h, path: Path) -> None:
    """A provincial Department of Agriculture and Environment's plan implementing a resolution of the
    Party committee's standing board; two tasks' lead clauses, after a semicolon, begin a line of
    their own (a line break typed after the semicolon), as a PDF wraps them."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["UBND TỈNH HÀ LÂM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 388/KH-SNNMT"],
        "Hà Lâm, ngày 02 tháng 4 năm 2029",
    )
    for text, after_break in LB1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if after_break:
            run.add_break()
            paragraph.add_run(after_break)
    document.save(path)


def siblings_lb() -> None:
    if not shutil.which("soffice"):
        print("soffice not found: lb1 was not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    name = "lb1_kh_nghi_quyet_so_nnmt_dong_mo_dau_ten_don_vi"
    with tempfile.TemporaryDirectory() as tmp:
        lb1_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
