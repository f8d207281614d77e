"""The main corpus's siblings of the held-out scans h126 and h137 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJA): the same shapes with other bodies, units, tasks,
dates and surface details. Their expected items (expected/ja1_…, ja2_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-ja` writes them (needs
LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def ja1_docx(h, path: Path) -> None:
    """A joint programme of a Department of Justice and the provincial Labour Federation (sibling of
    h126): two issuing bodies, a narrow number column, `Nội dung hoạt động phối hợp`, leads naming
    one body, the other or both, and the focal points named in the closing part."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    heading = document.add_table(rows=3, cols=3)
    cells = [
        [
            "SỞ TƯ PHÁP TỈNH BÌNH NGUYÊN",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH NGUYÊN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ],
        ["", "BAN THƯỜNG VỤ", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 07/CTrPH-STP-LĐLĐ", "", "Bình Nguyên, ngày 20 tháng 02 năm 2026"],
    ]
    for row, values in zip(heading.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH PHỐI HỢP",
            "Tuyên truyền, phổ biến pháp luật cho công nhân, người lao động giai đoạn 2026 - 2028",
            "Sở Tư pháp và Ban Thường vụ Liên đoàn Lao động tỉnh (sau đây gọi tắt là LĐLĐ tỉnh) thống nhất ban hành Chương trình phối hợp như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao hiểu biết pháp luật của công nhân, người lao động; đến năm 2028 có 90% doanh nghiệp có tổ chức công đoàn được phổ biến pháp luật lao động ít nhất 01 lần mỗi năm.",
            "Phối hợp chặt chẽ, thường xuyên, đúng chức năng của mỗi cơ quan.",
            "II. NỘI DUNG PHỐI HỢP NĂM 2026",
        ],
    )
    widths = [0.35, 3.0, 1.3, 1.3, 1.2]
    table = h.grid_table(
        document,
        ["STT", "Nội dung hoạt động phối hợp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        widths,
    )
    rows = [
        (
            "1",
            "Tổ chức 04 hội nghị phổ biến Bộ luật Lao động cho công nhân các khu công nghiệp",
            "Sở Tư pháp",
            "LĐLĐ tỉnh",
            "Quý III/2026",
        ),
        (
            "2",
            "Biên soạn tờ gấp hỏi đáp pháp luật về hợp đồng lao động, tiền lương",
            "LĐLĐ tỉnh",
            "Sở Tư pháp",
            "Tháng 5/2026",
        ),
        (
            "3",
            "Trợ giúp pháp lý miễn phí cho đoàn viên có hoàn cảnh khó khăn",
            "Sở Tư pháp",
            "LĐLĐ tỉnh; Công đoàn các khu công nghiệp",
            "Thường xuyên",
        ),
        (
            "4",
            "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến trong đoàn viên công đoàn",
            "LĐLĐ tỉnh",
            "Sở Tư pháp",
            "Từ tháng 7 đến tháng 10/2026",
        ),
        (
            "5",
            "Hưởng ứng Ngày Pháp luật Việt Nam tại các doanh nghiệp",
            "Sở Tư pháp, LĐLĐ tỉnh",
            "",
            "Tháng 11 hằng năm",
        ),
        (
            "6",
            "Kiểm tra việc thực hiện Chương trình tại 03 doanh nghiệp",
            "LĐLĐ tỉnh",
            "Sở Tư pháp",
            "Quý IV/2026",
        ),
        ("7", "Tổng kết, đánh giá kết quả phối hợp năm 2026", "Sở Tư pháp", "LĐLĐ tỉnh", "Tháng 12/2026"),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Hai cơ quan giao Phòng Phổ biến, giáo dục pháp luật (Sở Tư pháp) và Ban Chính sách - Pháp luật (LĐLĐ tỉnh) làm đầu mối tham mưu, hằng quý trao đổi kết quả thực hiện.",
            "GIÁM ĐỐC SỞ TƯ PHÁP          TM. BAN THƯỜNG VỤ LĐLĐ TỈNH",
            "CHỦ TỊCH",
            "Đỗ Văn Khải                                        Trịnh Thị Mai",
        ],
    )
    document.save(path)


def ja2_docx(h, path: Path) -> None:
    """A ward Party committee's inspection and supervision programme (sibling of h137): landscape, the
    content column before `Đối tượng`, `Trưởng đoàn` before `Cơ quan giúp việc`, roman section rows,
    a row cut by the page break, closing duties."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    h.set_landscape(document.sections[0])
    document.styles["Normal"].font.size = Pt(12)
    table = document.add_table(rows=3, cols=2)
    left = ["ĐẢNG BỘ PHƯỜNG BÌNH MINH", "ĐẢNG ỦY PHƯỜNG", "Số 15-CTr/ĐU"]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Bình Minh, ngày 08 tháng 01 năm 2026"]
    for index in range(3):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index]
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ phường",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Thông qua kiểm tra, giám sát giúp tổ chức đảng và đảng viên thấy rõ ưu điểm, khuyết điểm để phát huy, khắc phục.",
            "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA, GIÁM SÁT",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Nội dung kiểm tra, giám sát",
            "Đối tượng",
            "Thời gian thực hiện",
            "Trưởng đoàn",
            "Cơ quan giúp việc",
        ],
        [0.45, 3.7, 1.8, 1.2, 1.8, 1.6],
    )
    h.full_width_row(table, "I. KIỂM TRA")
    rows_1 = [
        (
            "1",
            "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ phường về chỉnh trang đô thị",
            "Chi bộ Khu phố 4",
            "Quý III/2026",
            "Đ/c Hoàng Minh Đức, Phó Bí thư Thường trực",
            "Ban Xây dựng Đảng",
        ),
        (
            "2",
            "Kiểm tra việc chấp hành chế độ sinh hoạt chi bộ và thu, nộp đảng phí",
            "Chi bộ Trường Mầm non Hoa Sen",
            "Tháng 4/2026",
            "Đ/c Trần Thu Trang, Chủ nhiệm Ủy ban Kiểm tra",
            "Ủy ban Kiểm tra Đảng ủy",
        ),
        (
            "3",
            "Kiểm tra đảng viên trong việc giữ gìn phẩm chất đạo đức, lối sống",
            "02 đảng viên là công chức phường",
            "Quý II/2026",
            "Đ/c Trần Thu Trang, Chủ nhiệm Ủy ban Kiểm tra",
            "Ủy ban Kiểm tra Đảng ủy",
        ),
    ]
    for row in rows_1:
        h.fill_row(table, row)
    h.full_width_row(table, "II. GIÁM SÁT CHUYÊN ĐỀ")
    rows_2 = [
        (
            "1",
            "Giám sát việc lãnh đạo công tác chuyển đổi số và thực hiện thủ tục hành chính trên môi trường điện tử",
            "Chi bộ Ủy ban nhân dân phường",
            "Tháng 7/2026",
            "Đ/c Hoàng Minh Đức, Phó Bí thư Thường trực",
            "Văn phòng Đảng ủy",
        ),
        (
            "2",
            "Giám sát việc lãnh đạo phòng cháy, chữa cháy tại các cơ sở kinh doanh có nguy cơ cao trên địa bàn, bảo đảm an toàn cho nhân dân khu dân cư",
            "Chi bộ Công an phường",
            "Tháng 9 - 10/2026",
            "Đ/c Lý Văn Hậu, Trưởng Ban Xây dựng Đảng",
            "Ban Xây dựng Đảng",
        ),
        (
            "3",
            "Giám sát việc giải quyết kiến nghị của cử tri và phản ánh của nhân dân",
            "Chi bộ Khu phố 1",
            "Quý IV/2026",
            "Đ/c Trần Thu Trang, Chủ nhiệm Ủy ban Kiểm tra",
            "Ủy ban Kiểm tra Đảng ủy",
        ),
    ]
    for row in rows_2:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Đảng ủy chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc thực hiện Chương trình; báo cáo kết quả về Ban Thường vụ Đảng ủy trước ngày 10/12/2026.",
            "2. Các chi bộ, đảng viên được kiểm tra, giám sát chuẩn bị đầy đủ hồ sơ, tài liệu và tạo điều kiện để đoàn làm việc.",
            "Nơi nhận: - Ban Thường vụ Đảng ủy; - Các chi bộ trực thuộc; - Lưu Văn phòng Đảng ủy.",
            "T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nPhan Quốc Việt",
        ],
    )
    document.save(path)


def rasterise_askew(pdf: Path, target: Path, angle: float, scale: float = 200 / 72) -> None:
    """An image-only PDF (about 200 dpi, thresholded) of `pdf`, each page turned `angle` degrees."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=scale).to_pil().convert("L")
        page = page.rotate(angle, expand=False, fillcolor=255)
        pages.append(page.point(lambda value: 255 if value > 165 else 0).convert("1"))
    pages[0].save(target, "PDF", resolution=72 * scale, save_all=True, append_images=pages[1:])


def siblings_ja() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the scans ja1 and ja2 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for write, name, angle in (
            (ja1_docx, "ja1_ctr_phoi_hop_so_tu_phap_ldld_ban_quet", -0.35),
            (ja2_docx, "ja2_ctr_kiem_tra_giam_sat_dang_uy_phuong_ban_quet", 0.3),
        ):
            write(h, Path(tmp) / f"{name}.docx")
            h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", Path(tmp) / f"{name}.pdf")
            rasterise_askew(Path(tmp) / f"{name}.pdf", DOCS / f"{name}.pdf", angle)
