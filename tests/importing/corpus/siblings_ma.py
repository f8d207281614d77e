"""The main corpus's siblings of the held-out document h308 (moved to the main corpus when the
importer was taught its shape, helper h13fixMA): a plan whose times are weeks counted from a week 1
that a note dates; and of h325: a month's calendar whose day column prints day numbers only. ma2
(Markdown) and ma3 (HTML) are written by hand. Their expected items (expected/ma*_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-ma`
writes ma1 (.pdf) and ma4 (.docx).
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


def ma4_docx(h, path: Path) -> None:
    """A district hospital's work calendar for a month (.docx): a `Ngày` column of **day numbers
    only** (the month from the title `LỊCH CÔNG TÁC THÁNG 11/2029`): `01 - 03` (a range of days,
    not 1 March), `08`, `Hằng ngày`, `13, 20, 27` (three rounds), `18 - 25`, `Trong tháng`, and a
    weekend duty row `Thứ Bảy, Chủ nhật` (no item)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH HÀ NGUYÊN", "BỆNH VIỆN ĐA KHOA HUYỆN MINH SƠN", "Số: 318/LCT-BV"],
        "Minh Sơn, ngày 29 tháng 10 năm 2029",
    )
    h.docx_paragraphs(document, ["LỊCH CÔNG TÁC THÁNG 11/2029"])
    table = h.grid_table(document, ["Ngày", "Nội dung", "Khoa, phòng thực hiện", "Phối hợp"])
    for row in [
        [
            "01 - 03",
            "Tự kiểm tra công tác kiểm soát nhiễm khuẩn tại các khoa lâm sàng",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Phòng Điều dưỡng",
        ],
        [
            "08",
            "Tập huấn cấp cứu ngừng tuần hoàn cho điều dưỡng, hộ sinh",
            "Phòng Điều dưỡng",
            "Khoa Hồi sức cấp cứu",
        ],
        ["Hằng ngày", "Giao ban chuyên môn toàn viện lúc 07h15", "Phòng Kế hoạch tổng hợp", ""],
        [
            "13, 20, 27",
            "Khám sàng lọc tăng huyết áp miễn phí tại các xã (03 đợt)",
            "Khoa Khám bệnh",
            "Trạm Y tế các xã",
        ],
        [
            "18 - 25",
            "Kiểm kê thuốc, vật tư y tế tiêu hao quý IV",
            "Khoa Dược - Vật tư y tế",
            "Phòng Tài chính - Kế toán",
        ],
        [
            "Trong tháng",
            "Hoàn thiện hồ sơ đề nghị xếp hạng bệnh viện hạng II",
            "Phòng Tổ chức cán bộ",
            "Các khoa, phòng",
        ],
        ["Thứ Bảy, Chủ nhật", "Trực cấp cứu theo lịch phân ca", "Khoa Hồi sức cấp cứu", ""],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document, ["Nơi nhận: Ban Giám đốc; các khoa, phòng; Lưu: VT.", "GIÁM ĐỐC", "BSCKII. Hoàng Văn Thái"]
    )
    document.save(path)


def siblings_ma() -> None:
    h = heldout_writers()
    ma4_docx(h, DOCS / "ma4_lich_ct_benh_vien_huyen_chi_so_ngay.docx")
    if not shutil.which("soffice"):
        print("soffice not found: ma1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "ma1_kh_hoc_ky_cao_dang_tuan_tran_le"
        ma1_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
