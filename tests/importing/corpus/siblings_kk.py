"""The main corpus's siblings of the held-out documents h244 and h245 (moved to the main corpus when
the importer was taught their shapes, helper h13fixKK): the same shapes with other bodies, units,
tasks and dates. kk2, kk3 and kk5 (siblings of h259 and h246) are written by hand. Their expected
items (expected/kk1_…, …) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-kk` writes kk1 (.xlsx) and kk4 (.pdf, needs soffice).
"""

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kk1_xlsx(path: Path) -> None:
    """A provincial culture department's yearly plan (.xlsx) whose deadline column holds real date
    cells on the first of the month shown without their day (`mm/yyyy`, `m/yyyy`, `mm-yyyy`): the
    month is the due; one cell shown `dd/mm/yyyy` is a day; a text quarter and `Thường xuyên`."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Ke hoach 2028"
    sheet.append(["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH NGUYÊN"])
    sheet.append(["KẾ HOẠCH CÔNG TÁC NĂM 2028"])
    sheet.append([])
    sheet.append(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    rows = [
        (
            1,
            "Tổ chức Liên hoan nghệ thuật quần chúng tỉnh lần thứ XII",
            "Phòng Quản lý văn hóa",
            "Trung tâm Văn hóa tỉnh",
            date(2028, 4, 1),
            "mm/yyyy",
        ),
        (
            2,
            "Xây dựng hồ sơ đề nghị xếp hạng di tích quốc gia đình làng Hạ Phú",
            "Bảo tàng tỉnh",
            "UBND huyện Tân Lạc",
            date(2028, 8, 1),
            "m/yyyy",
        ),
        (
            3,
            "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X",
            "Phòng Quản lý thể dục thể thao",
            "Trung tâm Huấn luyện và Thi đấu thể thao",
            date(2028, 11, 1),
            "mm-yyyy",
        ),
        (
            4,
            "Ban hành kế hoạch kiểm tra cơ sở kinh doanh dịch vụ lưu trú du lịch",
            "Thanh tra Sở",
            "",
            date(2028, 3, 15),
            "dd/mm/yyyy",
        ),
        (
            5,
            "Quảng bá điểm đến tại Hội chợ Du lịch quốc tế",
            "Trung tâm Thông tin xúc tiến du lịch",
            "Phòng Quản lý du lịch",
            "Quý III/2028",
            None,
        ),
        (
            6,
            "Cập nhật cơ sở dữ liệu di sản văn hóa phi vật thể",
            "Phòng Quản lý di sản",
            "",
            "Thường xuyên",
            None,
        ),
        (
            7,
            "Tổng kết công tác văn hóa, thể thao và du lịch năm 2028",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            date(2028, 12, 1),
            "mm/yyyy",
        ),
    ]
    for *values, number_format in rows:
        sheet.append(values)
        if number_format:
            sheet.cell(row=sheet.max_row, column=5).number_format = number_format
    book.save(path)


def kk4_docx(h, path: Path) -> None:
    """A district People's Committee office's notice of the chairman's conclusions (to PDF with a
    text layer): a closing two-column table `Nội dung công việc | Đơn vị thực hiện` whose due
    stands only inside the task's text."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN TÂN LẠC", "VĂN PHÒNG HĐND VÀ UBND", "Số: 95/TB-VP"],
        "Tân Lạc, ngày 08 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Ý kiến kết luận của Chủ tịch UBND huyện tại buổi làm việc về công tác chuyển đổi số",
            "Ngày 06/5/2028, Chủ tịch UBND huyện Hoàng Văn Sơn làm việc với các phòng, ban về tình hình "
            "chuyển đổi số trên địa bàn huyện. Chủ tịch UBND huyện kết luận như sau:",
            "1. Đánh giá chung",
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41%, thấp hơn bình quân của tỉnh.",
            "2. Nhiệm vụ thời gian tới",
        ],
    )
    table = h.grid_table(document, ["Nội dung công việc", "Đơn vị thực hiện"], [4.6, 2.0])
    for row in [
        (
            "Rà soát danh mục thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình, báo cáo "
            "UBND huyện trước ngày 20/5/2028.",
            "Văn phòng HĐND và UBND huyện (chủ trì), Phòng Văn hóa và Thông tin",
        ),
        (
            "Tập huấn kỹ năng số cho thành viên tổ công nghệ số cộng đồng, hoàn thành trong tháng 6/2028.",
            "Phòng Văn hóa và Thông tin",
        ),
        (
            "Trang bị bổ sung máy quét tài liệu cho bộ phận một cửa các xã khi được bố trí kinh phí.",
            "Phòng Tài chính - Kế hoạch",
        ),
        (
            "Cập nhật số liệu chuyển đổi số lên hệ thống theo dõi của tỉnh vào ngày 25 hằng tháng.",
            "UBND các xã, thị trấn",
        ),
        (
            "Số hóa hồ sơ hộ tịch lưu trữ tại các xã, xong trong quý III/2028.",
            "Phòng Tư pháp (chủ trì), UBND các xã, thị trấn",
        ),
        (
            "Đánh giá kết quả thực hiện, báo cáo tại phiên họp UBND huyện tháng 7/2028.",
            "Phòng Văn hóa và Thông tin",
        ),
    ]:
        h.fill_row(table, list(row))
    h.docx_paragraphs(
        document,
        [
            "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            "CHÁNH VĂN PHÒNG\n(đã ký)\nĐinh Thị Mai",
        ],
    )
    document.save(path)


def siblings_kk() -> None:
    kk1_xlsx(DOCS / "kk1_kh_so_vhttdl_o_ngay_chi_thang.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: kk4 was not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    name = "kk4_tb_vp_huyen_ket_luan_han_trong_noi_dung"
    with tempfile.TemporaryDirectory() as tmp:
        kk4_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
