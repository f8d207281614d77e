"""The main corpus's siblings of the held-out document h308 (moved to the main corpus when the
importer was taught its shape, helper h13fixMA): a plan whose times are weeks counted from a week 1
that a note dates. ma2 (Markdown) is written by hand. Their expected items (expected/ma*_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-ma`
writes ma1 (.pdf).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def ma1_docx(h, path: Path) -> None:
    """A vocational college's plan for a semester, printed to PDF: **a table drawn wider than the
    page** (its `Tuần thực hiện` column runs past the paper's edge, its ruling lines cut there), times
    as **weeks of the semester counted from a note** (`Tuần thứ nhất của học kỳ II tính từ ngày
    07/01/2030`): `Tuần 1 - 2`, `Tuần 3`, `Chậm nhất thứ Tư tuần 7`, `Tuần 9 đến tuần 11`, `Tuần 18`;
    a Tết holiday row with no number; one row in a month."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document,
        ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TRƯỜNG CAO ĐẲNG KỸ THUẬT HÀ TRUNG", "Số: 87/KH-CĐKT"],
        "Hà Trung, ngày 26 tháng 12 năm 2029",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Đào tạo và công tác học sinh, sinh viên học kỳ II năm học 2029 - 2030",
            "1. Mục đích: bảo đảm tiến độ đào tạo các ngành, nghề theo chương trình đã ban hành.",
            "2. Tiến độ thực hiện",
            "Ghi chú: Tuần thứ nhất của học kỳ II tính từ ngày 07/01/2030 (thứ Hai); các tuần kế tiếp nối nhau, mỗi tuần 7 ngày.",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Tuần thực hiện"],
        [0.5, 3.3, 1.7, 1.5, 1.4],
    )
    for row in [
        [
            "1",
            "Ổn định lớp, phổ biến quy chế đào tạo cho học sinh, sinh viên học kỳ II",
            "Phòng Công tác học sinh, sinh viên",
            "Giáo viên chủ nhiệm",
            "Tuần 1 - 2",
        ],
        [
            "2",
            "Kiểm tra hồ sơ, sổ sách giảng dạy của giáo viên",
            "Phòng Đào tạo",
            "Các khoa chuyên môn",
            "Tuần 3",
        ],
        ["", "Nghỉ Tết Nguyên đán Canh Tuất", "", "", "Tuần 4 - 5"],
        [
            "3",
            "Nộp kế hoạch thực tập tại doanh nghiệp của các lớp khóa 2028",
            "Khoa Cơ khí động lực",
            "",
            "Chậm nhất thứ Tư tuần 7",
        ],
        [
            "4",
            "Tổ chức Hội giảng giáo viên giáo dục nghề nghiệp cấp trường",
            "Phòng Đào tạo",
            "Công đoàn trường",
            "Tuần 9 đến tuần 11",
        ],
        [
            "5",
            "Tổ chức thi tốt nghiệp cho sinh viên khóa 2027",
            "Phòng Khảo thí và Kiểm định chất lượng",
            "Các khoa chuyên môn",
            "Tuần 18",
        ],
        [
            "6",
            "Tổng kết năm học 2029 - 2030 và khen thưởng",
            "Phòng Tổ chức - Hành chính",
            "Các đơn vị",
            "Tháng 7/2030",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Nơi nhận: Ban Giám hiệu; các phòng, khoa; Lưu: VT, PĐT.",
            "HIỆU TRƯỞNG",
            "ThS. Đặng Văn Lộc",
        ],
    )
    document.save(path)


def siblings_ma() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: ma1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "ma1_kh_hoc_ky_cao_dang_tuan_tran_le"
        ma1_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
