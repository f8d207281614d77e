"""The main corpus's siblings of the held-out document h338 (moved to the main corpus when the
importer was taught its shape, helper h13fixNB): an inspection or audit annex with no lead column
whose group rows, merged across the table, name the body that leads the rows under them after a
dash or in parentheses (`I. KIỂM TRA … – Phòng Quản lý ngân sách chủ trì`, `B. … (do Bộ phận …
chủ trì)`), the inspected body first (nb1 .xlsx, nb2 .docx). Their expected items
(expected/nb*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-nb` writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def nb1_xlsx(h, path: Path) -> None:
    """A provincial Department of Finance's annex of the year's audits (.xlsx): Roman-numbered group
    rows merged across naming the lead after an en dash (one with a partner, one `chủ trì thực
    hiện`), the audited body first, an audited period, months and a quarter without a year."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh muc"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ TÀI CHÍNH TỈNH NAM KHÊ",
            "Phụ lục",
            "DANH MỤC CÁC CUỘC KIỂM TRA TÀI CHÍNH NĂM 2028",
            "(Kèm theo Quyết định số 12/QĐ-STC ngày 28/12/2027 của Giám đốc Sở Tài chính)",
        ],
        5,
    )
    sheet.append(
        ["TT", "Đơn vị được kiểm tra", "Nội dung kiểm tra", "Thời kỳ kiểm tra", "Thời gian thực hiện"]
    )
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    rows = [
        ["I", "KIỂM TRA QUẢN LÝ, SỬ DỤNG NGÂN SÁCH – Phòng Quản lý ngân sách chủ trì", "", "", ""],
        [
            "1",
            "Ủy ban nhân dân xã Tân Lập",
            "Công tác lập, chấp hành dự toán và quyết toán ngân sách xã",
            "Năm 2027",
            "Tháng 3",
        ],
        [
            "2",
            "Trường Trung học phổ thông Nguyễn Du",
            "Việc quản lý, sử dụng kinh phí chi thường xuyên và nguồn thu học phí",
            "2026 - 2027",
            "Tháng 5 - 6",
        ],
        [
            "II",
            "KIỂM TRA TÀI CHÍNH DOANH NGHIỆP – Phòng Tài chính doanh nghiệp chủ trì, Thanh tra Sở phối hợp",
            "",
            "",
            "",
        ],
        [
            "3",
            "Công ty TNHH MTV Thủy lợi Nam Khê",
            "Việc quản lý, sử dụng vốn nhà nước và trích lập các quỹ",
            "Năm 2027",
            "Quý III",
        ],
        [
            "4",
            "Công ty Cổ phần Môi trường đô thị",
            "Thực hiện nghĩa vụ tài chính đối với nhà nước; phân phối lợi nhuận",
            "Năm 2027",
            "Tháng 8",
        ],
        ["III", "KIỂM TRA VỀ GIÁ – Phòng Quản lý giá và công sản chủ trì thực hiện", "", "", ""],
        [
            "5",
            "Các cửa hàng xăng dầu trên địa bàn thành phố",
            "Việc kê khai, niêm yết giá và bán theo giá niêm yết",
            "Năm 2028",
            "Tháng 10",
        ],
        [
            "6",
            "Bến xe khách trung tâm tỉnh",
            "Kê khai giá cước vận tải hành khách dịp Tết Nguyên đán",
            "Năm 2028",
            "Tháng 12",
        ],
        ["", "Cộng: 06 cuộc kiểm tra", "", "", ""],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("I", "II", "III"):
            r = sheet.max_row
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    for letter, width in zip("ABCDE", [6, 38, 46, 16, 18], strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    book.save(path)


def nb2_docx(h, path: Path) -> None:
    """A district education office's plan of subject inspections for a term (.docx): a table whose
    lettered group rows, merged across, name the lead `- do <unit> chủ trì` or in parentheses, the
    inspected school first, dated times."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["UBND HUYỆN ĐÔNG NGÀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 35/KH-PGDĐT"],
        "Đông Ngàn, ngày 06 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Kiểm tra chuyên đề học kỳ II năm học 2027 - 2028",
            "Căn cứ kế hoạch nhiệm vụ năm học 2027 - 2028, Phòng Giáo dục và Đào tạo xây dựng kế hoạch kiểm tra chuyên đề học kỳ II như sau:",
        ],
    )
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["STT", "Cơ sở được kiểm tra", "Nội dung kiểm tra", "Thời gian"], strict=True
    ):
        cell.text = text
    rows = [
        ["A", "KIỂM TRA CẤP MẦM NON - do Bộ phận Giáo dục Mầm non chủ trì"],
        [
            "1",
            "Trường Mầm non Hoa Sen",
            "Tổ chức bữa ăn bán trú và bảo đảm an toàn thực phẩm",
            "Tháng 02/2028",
        ],
        [
            "2",
            "Trường Mầm non Sơn Ca",
            "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
            "Trước 20/3/2028",
        ],
        ["B", "KIỂM TRA CẤP TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ (Bộ phận Giáo dục phổ thông chủ trì)"],
        [
            "3",
            "Trường Tiểu học Đông Xuân",
            "Dạy học môn Tiếng Anh và Tin học theo chương trình mới",
            "Tháng 3/2028",
        ],
        [
            "4",
            "Trường THCS Lê Lợi",
            "Công tác kiểm tra, đánh giá học sinh cuối học kỳ II",
            "Tháng 4 - 5/2028",
        ],
        ["5", "Trường THCS Đông Ngàn", "Hoạt động thư viện và phong trào đọc sách", "Trước 15/4/2028"],
    ]
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            merged = cells[1].merge(cells[3])
            merged.text = row[1]
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    h.docx_paragraphs(
        document,
        ["Nơi nhận: Các trường mầm non, tiểu học, THCS; Lưu: VT.", "TRƯỞNG PHÒNG", "Nguyễn Thị Minh Tâm"],
    )
    document.save(path)


def nb3_docx(h, path: Path) -> None:
    """A district People's Committee's dispatch to several offices (.docx, printed to a text PDF):
    the subject line under the number wraps to a short last line right above `Kính gửi:`, the
    addressees as dash lines (a kind word naming three offices once, the communes last), then
    numbered duties per body — a unit's label over lettered duties, two offices as the subject with
    a time counted from the signing, a centre as the subject, the communes' label, a follow-up duty
    with no time."""
    document = _document()
    h.national_header(
        document,
        [
            "ỦY BAN NHÂN DÂN",
            "HUYỆN TÂN KỲ",
            "Số: 1462/UBND-VP",
            "V/v triển khai thu gom, xử lý rác thải sinh hoạt tại các khu dân cư nông thôn",
        ],
        "Tân Kỳ, ngày 14 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "Kính gửi:",
            "- Các phòng: Nông nghiệp và Môi trường, Kinh tế - Hạ tầng, Tài chính - Kế hoạch;",
            "- Trung tâm Dịch vụ nông nghiệp huyện;",
            "- UBND các xã, thị trấn.",
            "Thực hiện Kế hoạch số 208/KH-UBND ngày 02/10/2027 của UBND tỉnh về bảo vệ môi trường nông thôn; xét đề nghị của Phòng Nông nghiệp và Môi trường tại Tờ trình số 77/TTr-NNMT ngày 09/10/2027, Chủ tịch UBND huyện yêu cầu:",
            "1. Phòng Nông nghiệp và Môi trường:",
            "a) Chủ trì hướng dẫn các xã lựa chọn vị trí điểm tập kết rác thải bảo đảm khoảng cách tới khu dân cư, hoàn thành trước ngày 15/11/2027.",
            "b) Tổng hợp nhu cầu kinh phí hỗ trợ mua sắm xe đẩy, thùng chứa rác của các xã, gửi Phòng Tài chính - Kế hoạch trong tháng 11/2027.",
            "2. Phòng Tài chính - Kế hoạch, Phòng Kinh tế - Hạ tầng thẩm định dự toán, đề xuất nguồn kinh phí thực hiện trong thời hạn 15 ngày kể từ ngày ký văn bản này.",
            "3. Trung tâm Dịch vụ nông nghiệp huyện phối hợp hướng dẫn người dân phân loại rác tại nguồn, ủ phân hữu cơ từ rác thải hữu cơ; xong trước ngày 31/12/2027.",
            "4. UBND các xã, thị trấn:",
            "a) Thành lập tổ thu gom rác thải tại các thôn, xóm, hoàn thành trong quý IV/2027.",
            "b) Định kỳ hằng quý báo cáo kết quả thu gom, xử lý rác thải về Phòng Nông nghiệp và Môi trường để tổng hợp.",
            "5. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung văn bản này.",
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.",
            "Nơi nhận: Như trên; Chủ tịch, các PCT UBND huyện; Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Lương Văn Khải",
        ],
    )
    document.save(path)


def nb5_xlsx(h, path: Path) -> None:
    """A provincial Department of Home Affairs' work programme (.xlsx): numbered tasks, two of them a
    unit and no time over sub-tasks in rows without a number whose content cell opens with spaces
    and a dash (one sub-task naming its own unit), a due column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chuong trinh"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ NỘI VỤ TỈNH LONG THỊNH",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "(Ban hành kèm theo Quyết định số 05/QĐ-SNV ngày 08/01/2028)",
        ],
        5,
    )
    sheet.append(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"])
    rows = [
        [
            "1",
            "Tham mưu kiện toàn tổ chức bộ máy các sở, ngành sau sắp xếp",
            "Phòng Tổ chức, biên chế",
            "Văn phòng Sở",
            "Tháng 3/2028",
        ],
        ["2", "Tổ chức thi tuyển công chức tỉnh năm 2028", "Phòng Công chức, viên chức", "", ""],
        ["", "    - Xây dựng kế hoạch, trình UBND tỉnh phê duyệt", "", "", "Tháng 4/2028"],
        ["", "    - Thông báo tuyển dụng, tiếp nhận phiếu đăng ký dự tuyển", "", "", "Tháng 6/2028"],
        [
            "",
            "    - Tổ chức thi vòng 1 trên máy vi tính",
            "Trung tâm Lưu trữ lịch sử tỉnh",
            "",
            "Tháng 9/2028",
        ],
        [
            "3",
            "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập",
            "Phòng Tổ chức, biên chế",
            "",
            "30/6/2028",
        ],
        ["4", "Công tác thi đua, khen thưởng", "Ban Thi đua - Khen thưởng", "", ""],
        ["", "    + Hướng dẫn đăng ký thi đua năm 2028", "", "", "Tháng 02/2028"],
        ["", "    + Thẩm định hồ sơ khen thưởng tổng kết năm", "", "", "Tháng 12/2028"],
        [
            "5",
            "Thanh tra việc tuyển dụng viên chức tại 03 huyện",
            "Thanh tra Sở",
            "Phòng Công chức, viên chức",
            "Quý III/2028",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for letter, width in zip("ABCDE", [6, 60, 28, 24, 18], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def siblings_nb() -> None:
    h = heldout_writers()
    nb1_xlsx(h, DOCS / "nb1_pl_kiem_tra_so_tai_chinh_nhom_chu_tri.xlsx")
    nb2_docx(h, DOCS / "nb2_kh_kiem_tra_pgd_nhom_do_chu_tri.docx")
    nb5_xlsx(h, DOCS / "nb5_ctct_so_noi_vu_tieu_muc_dau_cach.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: nb3 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "nb3_cv_ubnd_huyen_giao_cac_phong_rac_thai"
        nb3_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
