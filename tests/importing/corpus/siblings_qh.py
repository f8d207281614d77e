"""The main corpus's siblings of the held-out documents h378 and h375 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQH): a plan kept as an Excel sheet wider than the page
and printed to PDF as it stands (no fit-to-width), so its columns are split over pages, the number
column and the header row repeated on every page as print titles. qh1: a ward's digital
transformation plan over three pages, `TT | Nhiệm vụ` / `TT | Cơ quan chủ trì | Cơ quan phối hợp` /
`TT | Thời hạn | Kinh phí` (lettered sections `A`, `B`). qh2: a Department of Finance's programme
over four pages, `Số TT | Tên nhiệm vụ` / `Số TT | Lãnh đạo phụ trách | Phòng chủ trì` / `Số TT |
Phòng phối hợp | Thời gian hoàn thành` / `Số TT | Hình thức văn bản`. Their expected items
(expected/qh*_…) were written by hand before the first import.
qh3 (h375's): a ward's dispatch and the plan it sends in one signed PDF, each under its own heading,
number and e-signature box; qh4 (by hand, docs/qh4_….txt) the same shape as an e-office's text export.
`python tests/importing/corpus/make_docs.py --siblings-qh` writes qh1–qh3 (.pdf, LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import closing, print_split, signature_box  # noqa: E402 — heldout/ on the path first


def _sheet(path: Path, title: str, top: list[tuple[str, str, bool]], header, rows, widths, closing) -> None:
    """A sheet printed on A4 portrait without fit-to-width: `top` (cell, text, bold) over the table,
    `closing` (column letter, row offset under the table, text, bold) under it; the number column
    and the header row are the print titles, the rows as high as AutoFit makes them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = title
    bold = Font(name="Times New Roman", bold=True, size=12)
    plain = Font(name="Times New Roman", size=12)
    for ref, text, is_bold in top:
        sheet[ref] = text
        sheet[ref].font = bold if is_bold else plain
    start = max(int(ref[1:]) for ref, _, _ in top) + 2
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, label in enumerate(header, start=1):
        cell = sheet.cell(start, column, label)
        cell.font = bold
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, row in enumerate(rows, start=1):
        section = not row[0].isdigit()
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(start + offset, column, value)
            cell.font = bold if section else plain
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    end = start + len(rows)
    for column, below, text, is_bold in closing:
        sheet[f"{column}{end + below}"] = text
        sheet[f"{column}{end + below}"].font = bold if is_bold else plain
    print_split(sheet, start, end, widths, end + 8)
    book.save(path)


def qh1_xlsx(path: Path) -> None:
    """A ward's digital transformation plan for 2027: three pages — the tasks, then the lead and the
    partners (the signature under them), then the time and the funding."""
    rows = [
        ["A", "HẠ TẦNG VÀ DỮ LIỆU SỐ", "", "", "", ""],
        [
            "1",
            "Nâng cấp mạng nội bộ và thiết bị tường lửa tại trụ sở Ủy ban nhân dân phường",
            "Văn phòng HĐND và UBND phường",
            "Công ty Viễn thông Hà Giang",
            "Tháng 4/2027",
            "120",
        ],
        [
            "2",
            "Số hóa hồ sơ hộ tịch lưu trữ từ năm 2010 đến năm 2020, cập nhật vào cơ sở dữ liệu hộ tịch điện tử",
            "Phòng Văn hóa - Xã hội",
            "Văn phòng HĐND và UBND phường",
            "Quý III/2027",
            "85",
        ],
        [
            "3",
            "Cập nhật dữ liệu dân cư, đất đai các tổ dân phố lên hệ thống bản đồ số của phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường",
            "20/10/2027",
            "",
        ],
        ["B", "CHÍNH QUYỀN SỐ VÀ CÔNG DÂN SỐ", "", "", "", ""],
        [
            "4",
            "Duy trì hoạt động của các tổ công nghệ số cộng đồng tại 12 tổ dân phố",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên phường",
            "Thường xuyên",
            "",
        ],
        [
            "5",
            "Tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho cán bộ, công chức và người dân",
            "Trung tâm Phục vụ hành chính công phường",
            "Phòng Văn hóa - Xã hội",
            "Từ tháng 5 đến tháng 6/2027",
            "40",
        ],
        [
            "6",
            "Báo cáo tiến độ chuyển đổi số của phường gửi Sở Khoa học và Công nghệ",
            "Văn phòng HĐND và UBND phường",
            "Các phòng chuyên môn",
            "Hằng quý",
            "",
        ],
        [
            "7",
            "Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2027",
            "Văn phòng HĐND và UBND phường",
            "Các phòng chuyên môn",
            "Trước 10/12/2027",
            "",
        ],
    ]
    _sheet(
        path,
        "CDS 2027",
        [
            ("B1", "ỦY BAN NHÂN DÂN PHƯỜNG MINH KHAI", True),
            ("B2", "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027", True),
            ("B3", "(Kèm theo Quyết định số 21/QĐ-UBND ngày 18/01/2027 của UBND phường Minh Khai)", False),
            ("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
            ("D2", "Độc lập - Tự do - Hạnh phúc", True),
            ("D3", "Minh Khai, ngày 18 tháng 01 năm 2027", False),
        ],
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kinh phí (triệu đồng)"],
        rows,
        [5, 44, 26, 26, 18, 14],
        [
            ("B", 2, "Nơi nhận:", True),
            ("B", 3, "- Thường trực Đảng ủy phường;", False),
            ("B", 4, "- Các phòng chuyên môn;", False),
            ("B", 5, "- Lưu: VT.", False),
            ("D", 2, "TM. ỦY BAN NHÂN DÂN", True),
            ("D", 3, "CHỦ TỊCH", True),
            ("D", 7, "Lò Văn Thạch", True),
        ],
    )


def qh2_xlsx(path: Path) -> None:
    """A Department of Finance's work programme for 2026: four pages — the task names, the leader in
    charge and the lead division, the partners and the time, the document form."""
    rows = [
        ["I", "Lĩnh vực quản lý ngân sách", "", "", "", "", ""],
        [
            "1",
            "Tham mưu dự thảo Nghị quyết của HĐND tỉnh quy định phân cấp nguồn thu, nhiệm vụ chi ngân sách giai đoạn 2027 - 2030",
            "Phó Giám đốc Hà Thị Nguyệt",
            "Phòng Quản lý ngân sách",
            "Sở Tư pháp; UBND các xã, phường",
            "Tháng 9/2026",
            "Nghị quyết",
        ],
        [
            "2",
            "Thẩm định dự toán thu, chi ngân sách năm 2027 của các sở, ban, ngành",
            "Phó Giám đốc Hà Thị Nguyệt",
            "Phòng Quản lý ngân sách",
            "",
            "15/11/2026",
            "Báo cáo thẩm định",
        ],
        ["II", "Lĩnh vực tài chính doanh nghiệp và giá", "", "", "", "", ""],
        [
            "3",
            "Xây dựng bảng giá tính lệ phí trước bạ đối với tài sản là nhà",
            "Phó Giám đốc Vũ Đức Long",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "Sở Xây dựng; Cục Thuế tỉnh",
            "Quý II/2026",
            "Quyết định",
        ],
        [
            "4",
            "Theo dõi, tổng hợp tình hình giá cả thị trường trên địa bàn tỉnh",
            "Phó Giám đốc Vũ Đức Long",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "",
            "Hằng tháng",
            "Báo cáo",
        ],
        ["III", "Công tác thanh tra, kiểm tra", "", "", "", "", ""],
        [
            "5",
            "Thanh tra việc quản lý, sử dụng tài sản công tại 03 đơn vị sự nghiệp",
            "Giám đốc Sở",
            "Thanh tra Sở",
            "Phòng Giá, công sản và tài chính doanh nghiệp",
            "Từ tháng 7 đến tháng 10/2026",
            "Kết luận thanh tra",
        ],
        [
            "6",
            "Tiếp công dân, giải quyết đơn thư thuộc thẩm quyền của Sở",
            "Giám đốc Sở",
            "Văn phòng Sở",
            "Thanh tra Sở",
            "Thường xuyên",
            "",
        ],
    ]
    _sheet(
        path,
        "Chuong trinh 2026",
        [
            ("B1", "UBND TỈNH BẮC SƠN", True),
            ("B2", "SỞ TÀI CHÍNH", True),
            ("B3", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ TÀI CHÍNH", True),
            (
                "B4",
                "(Ban hành kèm theo Quyết định số 15/QĐ-STC ngày 12/01/2026 của Giám đốc Sở Tài chính)",
                False,
            ),
        ],
        [
            "Số TT",
            "Tên nhiệm vụ",
            "Lãnh đạo phụ trách",
            "Phòng chủ trì",
            "Phòng phối hợp",
            "Thời gian hoàn thành",
            "Hình thức văn bản",
        ],
        rows,
        [6, 60, 26, 30, 30, 20, 22],
        [
            ("B", 2, "Nơi nhận:", True),
            ("B", 3, "- UBND tỉnh (b/c);", False),
            ("B", 4, "- Lãnh đạo Sở;", False),
            ("B", 5, "- Các phòng, đơn vị thuộc Sở;", False),
            ("B", 6, "- Lưu: VT, VP.", False),
            ("F", 2, "GIÁM ĐỐC", True),
            ("F", 6, "Đinh Công Tráng", True),
        ],
    )


def qh3_docx(h, path: Path) -> None:
    """A ward's dispatch and the plan it sends in one signed file (→ PDF with a text layer): the
    dispatch's own numbered requests, then the plan under its own heading, number and signature box,
    its activities over `- Chủ trì: …` / `- Thời gian thực hiện: …` dash lines."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    document.styles["Normal"].paragraph_format.space_after = Pt(3)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    signer = [
        "Ký bởi: Ủy ban nhân dân phường Tân Lập",
        "Cơ quan: Thành phố Hải Đông",
        "Thời gian ký: 17.04.2026 10:05:33 +07:00",
    ]
    signature_box(h, document, signer, width=3.0, cleared=False)
    h.national_header(
        document,
        [
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG TÂN LẬP",
            "Số: 236/UBND-KT",
            "V/v thực hiện Kế hoạch Tháng hành động vì an toàn thực phẩm năm 2026",
        ],
        "Tân Lập, ngày 17 tháng 4 năm 2026",
    )
    for text in (
        "Kính gửi:",
        "- Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội;",
        "- Trạm Y tế phường; Công an phường;",
        "- Các tổ dân phố.",
        "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, Ủy ban nhân dân phường ban hành Kế hoạch số 41/KH-UBND ngày 17/4/2026 triển khai Tháng hành động vì an toàn thực phẩm năm 2026 (gửi kèm). Chủ tịch Ủy ban nhân dân phường đề nghị:",
        "1. Phòng Văn hóa - Xã hội phổ biến Kế hoạch đến các tổ dân phố và hộ kinh doanh trước ngày 22/4/2026.",
        "2. Phòng Kinh tế, Hạ tầng và Đô thị rà soát danh sách cơ sở kinh doanh thực phẩm trên địa bàn, hoàn thành trước ngày 25/4/2026.",
        "3. Các tổ dân phố báo cáo kết quả tuyên truyền về Ủy ban nhân dân phường (qua Trạm Y tế phường) trước ngày 20/5/2026.",
        "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
    ):
        document.add_paragraph(text)
    closing(
        document,
        ["Nơi nhận:", "- Như trên;", "- UBND thành phố (b/c);", "- Lưu: VT, KT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đặng Quốc Việt"],
    )
    document.add_paragraph().paragraph_format.page_break_before = True
    signature_box(h, document, signer, width=3.0, cleared=False)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN LẬP", "Số: 41/KH-UBND"],
        "Tân Lập, ngày 17 tháng 4 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Triển khai Tháng hành động vì an toàn thực phẩm năm 2026",
        "Căn cứ Kế hoạch số 88/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân thành phố Hải Đông, Ủy ban nhân dân phường Tân Lập ban hành Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của người sản xuất, kinh doanh và người tiêu dùng về an toàn thực phẩm.",
        "2. Hoạt động thiết thực, hiệu quả, tránh hình thức.",
        "II. NỘI DUNG HOẠT ĐỘNG",
        "1. Tổ chức lễ phát động Tháng hành động và diễu hành tuyên truyền trên các tuyến phố chính.",
        "- Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trạm Y tế phường, Đoàn Thanh niên phường.",
        "- Thời gian thực hiện: 07 giờ 30 ngày 29/4/2026.",
        "2. Kiểm tra liên ngành các cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể của các trường mầm non.",
        "- Chủ trì: Trạm Y tế phường; phối hợp: Công an phường, Phòng Kinh tế, Hạ tầng và Đô thị.",
        "- Thời gian thực hiện: từ ngày 04/5 đến hết ngày 15/5/2026.",
        "3. Phát tờ rơi, treo áp phích tuyên truyền tại chợ Tân Lập và các khu dân cư.",
        "- Chủ trì: Ban quản lý chợ Tân Lập; phối hợp: các tổ dân phố.",
        "- Thời gian thực hiện: từ ngày 25/4 đến ngày 31/5/2026.",
        "4. Ký cam kết bảo đảm an toàn thực phẩm với các hộ kinh doanh thức ăn đường phố.",
        "- Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.",
        "- Thời gian thực hiện: trước ngày 10/5/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách phường năm 2026.",
        "2. Trạm Y tế phường tổng hợp kết quả Tháng hành động, tham mưu Ủy ban nhân dân phường báo cáo Ủy ban nhân dân thành phố trước ngày 05/6/2026.",
    ):
        document.add_paragraph(text)
    closing(
        document,
        ["Nơi nhận:", "- UBND thành phố (b/c);", "- Các đơn vị liên quan;", "- Lưu: VT, KT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Quốc Việt"],
    )
    document.save(path)


def siblings_qh() -> None:
    if not shutil.which("soffice"):
        print("soffice not found: qh1 and qh2 (PDFs) were not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for write, name in (
            (qh1_xlsx, "qh1_kh_cds_phuong_excel_in_tach_cot"),
            (qh2_xlsx, "qh2_ct_so_tai_chinh_excel_ba_trang_cot"),
        ):
            write(tmp / f"{name}.xlsx")
            h.soffice_convert(tmp / f"{name}.xlsx", "pdf", DOCS / f"{name}.pdf")
        name = "qh3_cv_phuong_gui_kem_ke_hoach_ky_so_mot_tep"
        qh3_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
