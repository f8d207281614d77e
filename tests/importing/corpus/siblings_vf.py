"""The main corpus's siblings of the held-out document h666 (moved to the main corpus when the importer
was taught its shape, by h13fixVF on 2026-12-06): a plan whose appendix table (narrow columns, words
wrapped over lines) runs onto a further page, Word letting its row break across pages, so that the
new page's first row prints only the ends of the row cut above it: the task text going on with a
name in capitals (`… của` / `Trung tâm`) and the unit's name going on in lower case (`Phòng Hành
chính - Tổng` / `hợp`), no number and no time: one item, the row above, not a task of its own.
Their expected items (expected/vf1_…, vf2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-vf` writes the two (LibreOffice makes the PDFs).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _plan_docx(path: Path, head: tuple, rows: tuple, tail: tuple, blank: int) -> None:
    """A plan's prose (`head`), then its appendix on a page of its own: `blank` empty lines, the
    table 'STT | Nhiệm vụ | Bộ phận thực hiện | Thời gian hoàn thành | Ghi chú' in narrow columns,
    then `tail`."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for text in head:
        document.add_paragraph(text)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for _ in range(blank):
        document.add_paragraph("")
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC NHIỆM VỤ")
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = (Cm(1.2), Cm(7.4), Cm(2.8), Cm(3.2), Cm(1.6))
    for cell, text in zip(
        table.rows[0].cells,
        ("STT", "Nhiệm vụ", "Bộ phận thực hiện", "Thời gian hoàn thành", "Ghi chú"),
        strict=True,
    ):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for text in tail:
        document.add_paragraph(text)
    document.save(path)


VF1_HEAD = (
    "SỞ NỘI VỤ TỈNH BẮC HÀ",
    "TRUNG TÂM LƯU TRỮ LỊCH SỬ",
    "Số: 18/KH-TTLT",
    "KẾ HOẠCH",
    "Công tác lưu trữ năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Bảo quản an toàn tài liệu lưu trữ lịch sử của tỉnh.",
    "2. Phát huy giá trị tài liệu lưu trữ phục vụ nhu cầu của tổ chức, cá nhân.",
    "II. NHIỆM VỤ CỤ THỂ",
    "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các phòng báo cáo kết quả thực hiện nhiệm vụ về Phòng Tổ chức - Hành chính trước ngày 25 hằng tháng.",
)
VF1_ROWS = (
    (
        "1",
        "Thu thập hồ sơ, tài liệu đến hạn nộp lưu của 12 cơ quan, tổ chức thuộc nguồn nộp lưu vào Lưu trữ lịch sử tỉnh",
        "Phòng Nghiệp vụ lưu trữ",
        "Quý II/2028",
        "",
    ),
    (
        "2",
        "Chỉnh lý khoa học 85 mét giá tài liệu phông Ủy ban nhân dân tỉnh giai đoạn 1991 - 2005",
        "Phòng Nghiệp vụ lưu trữ",
        "Trước 30/9/2028",
        "",
    ),
    (
        "3",
        "Số hóa 120.000 trang tài liệu có giá trị đặc biệt, đưa vào cơ sở dữ liệu tài liệu lưu trữ của tỉnh",
        "Phòng Tin học và Dịch vụ lưu trữ",
        "Tháng 11/2028",
        "",
    ),
    (
        "4",
        "Phục vụ độc giả khai thác, sử dụng tài liệu tại phòng đọc",
        "Phòng Tin học và Dịch vụ lưu trữ",
        "Thường xuyên",
        "",
    ),
    (
        "5",
        "Tổ chức triển lãm tài liệu lưu trữ nhân kỷ niệm ngày thành lập Đảng bộ tỉnh",
        "Phòng Tin học và Dịch vụ lưu trữ",
        "Tháng 02/2028",
        "",
    ),
    (
        "6",
        "Khử trùng, khử axit, tu bổ 3.500 tờ tài liệu bị hư hỏng trong kho bảo quản",
        "Phòng Bảo quản tài liệu",
        "Quý III/2028",
        "",
    ),
    (
        "7",
        "Kiểm tra hệ thống phòng cháy, chữa cháy, điều hòa, hút ẩm tại kho lưu trữ chuyên dụng",
        "Phòng Bảo quản tài liệu",
        "Trước 31/5/2028",
        "",
    ),
    (
        "8",
        "Xây dựng kế hoạch mua sắm trang thiết bị bảo quản tài liệu năm 2029 trình Giám đốc Sở Nội vụ",
        "Phòng Tổ chức - Hành chính",
        "Tháng 10/2028",
        "",
    ),
    (
        "9",
        "Quyết toán kinh phí số hóa năm 2027 của\nTrung tâm Lưu trữ lịch sử",
        "Phòng Tổ chức - Hành chính",
        "Trước 31/3/2028",
        "",
    ),
    (
        "10",
        "Tổng hợp, báo cáo thống kê công tác văn thư, lưu trữ năm 2028 gửi Cục Văn thư và Lưu trữ nhà nước",
        "Phòng Tổ chức - Hành chính",
        "Trước 15/12/2028",
        "",
    ),
)
VF1_TAIL = ("GIÁM ĐỐC", "Đặng Thu Hà")


VF2_HEAD = (
    "ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC",
    "Số: 205/KH-UBND",
    "KẾ HOẠCH",
    "Chỉnh trang đô thị, bảo đảm trật tự lòng đường, vỉa hè năm 2029",
    "I. MỤC ĐÍCH",
    "Lập lại trật tự lòng đường, vỉa hè trên các tuyến phố chính của phường.",
    "II. NỘI DUNG",
    "Nội dung, bộ phận thực hiện và thời gian theo Phụ lục kèm theo.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Đề nghị Công an phường phối hợp xử lý các trường hợp vi phạm trật tự đô thị.",
)
VF2_ROWS = (
    (
        "1",
        "Khảo sát, lập danh sách hộ kinh doanh lấn chiếm vỉa hè trên 08 tuyến phố",
        "Đội Quản lý trật tự xây dựng đô thị",
        "Tháng 01/2029",
        "",
    ),
    (
        "2",
        "Ra quân xử lý vi phạm trật tự lòng đường, vỉa hè tuyến phố Trần Phú, Lê Lợi",
        "Đội Quản lý trật tự xây dựng đô thị",
        "Quý I/2029",
        "",
    ),
    (
        "3",
        "Kẻ vạch sơn phân định phần vỉa hè cho người đi bộ và phần để xe",
        "Bộ phận Địa chính - Xây dựng",
        "Trước 30/4/2029",
        "",
    ),
    (
        "4",
        "Tuyên truyền, vận động hộ kinh doanh ký cam kết không lấn chiếm",
        "Bộ phận Văn hóa - Xã hội",
        "Tháng 02/2029",
        "",
    ),
    (
        "5",
        "Kiểm tra, xử lý công trình xây dựng không phép trên địa bàn",
        "Bộ phận Địa chính - Xây dựng",
        "Thường xuyên",
        "",
    ),
    (
        "6",
        "Trồng bổ sung cây xanh tại tuyến phố Nguyễn Huệ và vườn hoa An Lạc",
        "Bộ phận Địa chính - Xây dựng",
        "Quý II/2029",
        "",
    ),
    (
        "7",
        "Lắp đặt biển báo cấm đỗ xe tại các điểm thường xuyên ùn tắc",
        "Đội Quản lý trật tự xây dựng đô thị",
        "Trước 31/5/2029",
        "",
    ),
    (
        "8",
        "Đề xuất tuyến phố văn minh trình\nỦy ban nhân dân quận",
        "Đội Quản lý trật tự xây dựng đô thị",
        "Tháng 9/2029",
        "",
    ),
    ("9", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Văn phòng - Thống kê", "Trước 20/12/2029", ""),
)
VF2_TAIL = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Minh Trí")


def siblings_vf() -> None:
    # The empty lines above each appendix put the page break inside one row (vf1: row 9, vf2: row 8).
    from make_docs import soffice_convert

    if not shutil.which("soffice"):
        print("soffice not found: the vf PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name, head, rows, tail, blank in (
            ("vf1_kh_luu_tru_phu_luc_hang_cat_trang", VF1_HEAD, VF1_ROWS, VF1_TAIL, 6),
            ("vf2_kh_phuong_trat_tu_do_thi_hang_cat_trang", VF2_HEAD, VF2_ROWS, VF2_TAIL, 8),
        ):
            source = Path(tmp) / f"{name}.docx"
            _plan_docx(source, head, rows, tail, blank)
            soffice_convert(source, "pdf", DOCS / f"{name}.pdf")
