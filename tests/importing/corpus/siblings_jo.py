"""The main corpus's siblings of the held-out documents h163 and h167 (helper h13fixJO): the same shape
with other bodies, units, tasks, dates and surface details. Their expected items (expected/jo1_…,
jo2_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-jo` writes jo1 (a .docx printed by LibreOffice, rendered and photographed: a JPEG with
perspective, uneven light and blur on a dark desk) and jo2 (a .docx whose task table has no borders,
printed to a text PDF by LibreOffice, the table running onto page 2 without its header).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _borders(table, value: str) -> None:
    """Every border of a .docx table set to `value` ("single" ruled, "nil" none)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            element.set(qn("w:sz"), "6")
            element.set(qn("w:color"), "000000")
        borders.append(element)
    properties.append(borders)


def jo1_docx(h, path: Path) -> None:
    """A ward's monthly task table (sibling of h163), printed before it is photographed: `TT` wraps in
    its narrow column, a lead with its partner in parentheses, a week due, a holiday row without a
    number, a closing request under the table."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].paragraph_format.space_after = Pt(2)
    document.styles["Normal"].paragraph_format.line_spacing = 1.0
    section = document.sections[0]
    section.left_margin = section.right_margin = Mm(20)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", "", "Số: 52/PC-UBND"],
        "Hòa Bình, ngày 28 tháng 4 năm 2028",
    )
    for text in (
        "PHÂN CÔNG NHIỆM VỤ THÁNG 5 NĂM 2028",
        "(Theo kết luận của Chủ tịch UBND phường tại cuộc họp giao ban ngày 27/4/2028)",
    ):
        document.add_paragraph(text)
    rows = [
        ("TT", "Nội dung nhiệm vụ", "Bộ phận phụ trách", "Thời hạn hoàn thành", "Ghi chú"),
        (
            "1",
            "Thẩm định hồ sơ đề nghị hỗ trợ sửa chữa nhà ở cho hộ nghèo khu phố 3",
            "Công chức Văn hóa - Xã hội",
            "08/5/2028",
            "",
        ),
        (
            "2",
            "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trên địa bàn",
            "Trạm Y tế phường (Công chức Văn hóa - Xã hội phối hợp)",
            "15/5/2028",
            "",
        ),
        (
            "3",
            "Cập nhật biến động đất đai vào cơ sở dữ liệu địa chính",
            "Công chức Địa chính - Xây dựng - Đô thị và Môi trường",
            "Thường xuyên",
            "",
        ),
        (
            "4",
            "Tuần tra, xử lý việc tập kết vật liệu xây dựng trên vỉa hè",
            "Công an phường",
            "Tuần 3 (15 - 20/5)",
            "Phối hợp các khu phố",
        ),
        (
            "5",
            "Rà soát thanh niên trong độ tuổi sẵn sàng nhập ngũ năm 2029",
            "Ban Chỉ huy Quân sự phường",
            "25/5/2028",
            "",
        ),
        (
            "6",
            "Xây dựng dự thảo báo cáo sơ kết công tác 6 tháng đầu năm",
            "Văn phòng HĐND và UBND phường",
            "29/5/2028",
            "",
        ),
        ("", "Nghỉ lễ Quốc tế Lao động và nghỉ bù", "", "01/5 - 02/5/2028", ""),
    ]
    table = document.add_table(rows=0, cols=5)
    _borders(table, "single")
    for values in rows:
        h.fill_row(table, values)
    h.set_widths(table, [0.35, 2.6, 1.75, 1.05, 0.8])
    for text in (
        "Các bộ phận gửi kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 30/5/2028 để tổng hợp.",
        "CHỦ TỊCH",
        "(đã ký)",
        "Trịnh Minh Quân",
    ):
        document.add_paragraph(text)
    document.save(path)


def _photograph(pdf: Path, target: Path) -> None:
    """The PDF's first page as a phone photo: on a dark desk, turned in perspective (the left edge
    shorter, tilted the other way from h163's), the lower part of the page cut off, lit from the lower
    right (darker towards the upper left), a little out of focus, saved as JPEG."""
    import pypdfium2
    from PIL import Image, ImageFilter

    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0].render(scale=150 / 72).to_pil().convert("RGB")
    page = page.crop((0, 0, page.width, int(page.height * 0.66)))  # the photo cuts the page
    paper = Image.new("RGB", page.size, (236, 230, 214))
    page = Image.composite(page, paper, page.convert("L").point(lambda v: 255 if v < 200 else 0))
    width, height = 1500, 1450
    desk = Image.new("RGB", (width, height), (58, 52, 46))
    # Where the page's corners land in the photo (top-left, top-right, bottom-right, bottom-left).
    corners = [(170, 130), (1380, 60), (1445, 1390), (110, 1330)]
    coefficients = _perspective(corners, page.size)
    warped = page.transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", page.size, 255).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    photo = Image.composite(warped, desk, mask)
    # Uneven light: a gradient from 0.72 (upper left) to 1.0 (lower right), multiplied in.
    light = Image.new("L", (2, 2))
    light.putdata([184, 222, 222, 255])
    light = light.resize((width, height), Image.Resampling.BILINEAR)
    shade = Image.merge("RGB", (light, light, light))
    from PIL import ImageChops

    photo = ImageChops.multiply(photo, shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.9))
    photo.save(target, "JPEG", quality=82)


def _perspective(corners, size) -> list[float]:
    """PIL's eight perspective coefficients that carry the photo's points back onto the page (the
    importer's own solver, engine/importing/ocr_photo.py, loaded by path: this is a script)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "ocr_photo", HERE.parents[2] / "engine/importing/ocr_photo.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    w, h = size
    return module.perspective_between(corners, [(0, 0), (w, 0), (w, h), (0, h)])


def jo2_docx(h, path: Path) -> None:
    """A Department of Tourism's yearly plan (sibling of h167): the task table has no borders at all,
    its cells wrap over several lines, it runs onto page 2 without a repeated header and row 2 is cut
    by the page break; dues `Lần 1: …; lần 2: …` (the later) and `Theo kế hoạch …` (review); a dated
    duty under `IV. TỔ CHỨC THỰC HIỆN`."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.styles["Normal"].font.name = "Liberation Serif"
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH SƠN", "SỞ DU LỊCH", "Số: 11/KH-SDL"],
        "Bình Sơn, ngày 15 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phát triển sản phẩm du lịch đặc trưng của tỉnh năm 2028",
            "Thực hiện Chương trình hành động của Tỉnh ủy về phát triển du lịch thành ngành kinh tế mũi nhọn, Sở Du lịch xây dựng Kế hoạch phát triển sản phẩm du lịch đặc trưng năm 2028 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Hình thành ít nhất 03 sản phẩm du lịch mới gắn với biển, núi và văn hóa cộng đồng; nâng cao sức cạnh tranh của điểm đến Bình Sơn.",
            "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành từng nhiệm vụ; bảo đảm nguồn lực thực hiện.",
            "II. KẾT QUẢ NĂM 2027",
            "Năm 2027, toàn tỉnh đón 3,2 triệu lượt khách, tăng 14% so với năm 2026; doanh thu du lịch đạt 5.400 tỷ đồng. Sản phẩm du lịch còn đơn điệu, chưa có thương hiệu riêng; hệ thống biển chỉ dẫn tại các điểm đến chưa đồng bộ; chất lượng nguồn nhân lực tại các điểm du lịch cộng đồng còn hạn chế, nhiều cơ sở lưu trú chưa đáp ứng tiêu chuẩn.",
            "III. NHIỆM VỤ CỤ THỂ",
        ],
    )
    rows = [
        ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"),
        (
            "1",
            "Khảo sát, đánh giá tiềm năng phát triển du lịch cộng đồng tại các huyện miền núi; đề xuất danh mục điểm du lịch ưu tiên đầu tư",
            "Phòng Quản lý du lịch",
            "Ủy ban nhân dân các huyện; Hiệp hội Du lịch tỉnh",
            "Tháng 4/2028",
        ),
        (
            "2",
            "Xây dựng bộ nhận diện thương hiệu du lịch của tỉnh và hệ thống biển chỉ dẫn thống nhất tại các khu, điểm du lịch trọng điểm; lấy ý kiến các doanh nghiệp lữ hành trước khi ban hành",
            "Trung tâm Thông tin và Xúc tiến du lịch",
            "Sở Xây dựng; Sở Văn hóa và Thể thao",
            "Quý III/2028",
        ),
        (
            "3",
            "Tổ chức Tuần lễ ẩm thực và văn hóa biển Bình Sơn tại thành phố và các huyện ven biển",
            "Trung tâm Thông tin và Xúc tiến du lịch",
            "Các doanh nghiệp lữ hành, lưu trú",
            "Lần 1: tháng 5; lần 2: tháng 10/2028",
        ),
        (
            "4",
            "Thanh tra, kiểm tra việc đáp ứng điều kiện kinh doanh của các cơ sở lưu trú du lịch",
            "Thanh tra Sở",
            "Công an tỉnh (Phòng Quản lý hành chính về trật tự xã hội)",
            "Theo kế hoạch thanh tra năm được duyệt",
        ),
        (
            "5",
            "Bồi dưỡng kỹ năng giao tiếp, ngoại ngữ cho người làm du lịch tại các điểm du lịch cộng đồng",
            "Phòng Quản lý du lịch",
            "Trường Cao đẳng Du lịch Bình Sơn; Hội Liên hiệp Phụ nữ tỉnh",
            "Thường xuyên",
        ),
        (
            "6",
            "Xây dựng bản đồ du lịch trực tuyến, tích hợp thông tin điểm đến, lưu trú, ẩm thực trên ứng dụng du lịch thông minh của tỉnh",
            "Văn phòng Sở",
            "Sở Khoa học và Công nghệ; Viễn thông Bình Sơn",
            "20/11/2028",
        ),
    ]
    table = document.add_table(rows=0, cols=5)
    _borders(table, "nil")
    for values in rows:
        h.fill_row(table, values)
    h.set_widths(table, [0.45, 2.3, 1.2, 1.3, 1.0])
    h.docx_paragraphs(
        document,
        [
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết để triển khai.",
            "2. Phòng Quản lý du lịch là đầu mối đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở trước ngày 05/12/2028.",
            "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Phòng Quản lý du lịch) để xem xét, giải quyết./.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các Phó Giám đốc Sở;",
            "- Lưu: VT, QLDL.",
            "GIÁM ĐỐC",
            "(đã ký)",
            "Hà Thị Thanh Xuân",
        ],
    )
    document.save(path)


def siblings_jo() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jo1 and jo2 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jo1_anh_chup_phan_cong_phuong_nghieng"
        jo1_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", Path(tmp) / f"{name}.pdf")
        _photograph(Path(tmp) / f"{name}.pdf", DOCS / f"{name}.jpg")
        name = "jo2_kh_so_du_lich_bang_khong_vien_hai_trang"
        jo2_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
