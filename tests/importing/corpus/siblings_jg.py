"""The main corpus's siblings of the held-out documents h162 and h148 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJG; h159's siblings jg2 and jg3 are plain text written by
hand): the same shape with other bodies, units, tasks, dates and surface details. Their expected items
(expected/jg1_…–jg4_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-jg` writes jg1 (.xls) and jg4 (.odt) through LibreOffice.
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jg1_xlsx(h, path: Path) -> None:
    """A district office's yearly work list as a workbook (saved as .xls): a cover sheet, a sheet
    counting the tasks per unit (no items) and the detail sheet with a `Ưu tiên` column of marks."""
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    cover.title = "Trang bia"
    for line in [
        "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG LỘC",
        "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "",
        "DANH MỤC CÔNG VIỆC TRỌNG TÂM NĂM 2028",
        "(Kèm theo Kế hoạch số 15/KH-NNMT ngày 05/01/2028 của Phòng)",
        "",
    ]:
        cover.append([line])
    cover.column_dimensions["A"].width = 80

    counts = workbook.create_sheet("Thong ke")
    counts.append(["THỐNG KÊ SỐ LƯỢNG CÔNG VIỆC THEO BỘ PHẬN"])
    counts.append([])
    h.xlsx_header(counts, ["TT", "Bộ phận chủ trì", "Số lượng công việc", "Ưu tiên"])
    for values in [
        ("1", "Tổ Trồng trọt - Bảo vệ thực vật", 2, 1),
        ("2", "Tổ Chăn nuôi - Thú y", 2, 1),
        ("3", "Tổ Tài nguyên đất đai", 1, 1),
        ("4", "Tổ Môi trường", 1, 0),
    ]:
        counts.append(list(values))
    counts.append(["", "Cộng", "=SUM(C4:C7)", "=SUM(D4:D7)"])
    counts.column_dimensions["B"].width = 36

    sheet = workbook.create_sheet("Danh muc")
    h.sheet_title_rows(sheet, ["DANH MỤC CÔNG VIỆC NĂM 2028", ""], 6)
    h.xlsx_header(sheet, ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Phối hợp", "Thời hạn", "Ưu tiên"])
    for values in [
        (
            "1",
            "Xây dựng phương án phòng trừ sâu bệnh hại lúa vụ Đông Xuân",
            "Tổ Trồng trọt - Bảo vệ thực vật",
            "UBND các xã",
            datetime.date(2028, 2, 15),
            "x",
        ),
        (
            "2",
            "Tiêm phòng vắc xin lở mồm long móng đợt 1 cho đàn trâu bò",
            "Tổ Chăn nuôi - Thú y",
            "",
            "Tháng 4/2028",
            "x",
        ),
        (
            "3",
            "Hoàn thành kế hoạch sử dụng đất năm 2029 trình UBND huyện",
            "Tổ Tài nguyên đất đai",
            "Phòng Kinh tế - Hạ tầng",
            "Quý IV/2028",
            "x",
        ),
        (
            "4",
            "Kiểm tra việc thu gom bao gói thuốc bảo vệ thực vật sau sử dụng",
            "Tổ Môi trường",
            "Tổ Trồng trọt - Bảo vệ thực vật",
            "Tháng 5 - 7/2028",
            "",
        ),
        (
            "5",
            "Chuyển đổi 40 ha đất lúa kém hiệu quả sang trồng rau an toàn",
            "Tổ Trồng trọt - Bảo vệ thực vật",
            "",
            "2028 - 2029",
            "",
        ),
        (
            "6",
            "Giám sát dịch bệnh trên đàn gia cầm tại các xã vùng trũng",
            "Tổ Chăn nuôi - Thú y",
            "Trạm Y tế các xã",
            datetime.date(2028, 9, 20),
            "",
        ),
    ]:
        sheet.append(list(values))
        if isinstance(values[4], datetime.date):
            sheet.cell(sheet.max_row, 5).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCDEF", [5, 56, 32, 26, 16, 9], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.active = 0
    workbook.save(path)


def jg4_docx(h, path: Path) -> None:
    """A ward's decision (saved as .odt) whose `Điều 1` lists the tasks with their times and no unit,
    and whose `Điều 2` gives them to units by reference (`các nội dung tại khoản 2, 5 Điều 1`)."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN KHÊ", "Số: 112/QĐ-UBND"],
        "An Khê, ngày 03 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành danh mục nhiệm vụ chuyển đổi số năm 2028 của phường An Khê",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN KHÊ",
            "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20/12/2027 của HĐND phường An Khê;",
            "Xét đề nghị của Công chức Văn phòng - Thống kê phường.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành danh mục nhiệm vụ chuyển đổi số năm 2028 của phường gồm:",
            "1. Xây dựng kho dữ liệu số về hộ kinh doanh cá thể trên địa bàn phường; hoàn thành trước ngày 31/5/2028.",
            "2. Hướng dẫn 100% hộ gia đình kích hoạt tài khoản định danh điện tử mức độ 2; thực hiện trong quý II/2028.",
            "3. Vận hành Trang thông tin điện tử của phường, cập nhật tin bài hằng tuần.",
            "4. Lắp đặt camera giám sát tại 04 tuyến phố chính; hoàn thành trong tháng 9/2028.",
            "5. Rà soát, làm sạch dữ liệu dân cư của 12 tổ dân phố; hoàn thành trước ngày 15/4/2028.",
            "6. Triển khai thanh toán không dùng tiền mặt tại chợ An Khê; thực hiện thường xuyên.",
            "Điều 2. Trách nhiệm thực hiện",
            "1. Công chức Văn phòng - Thống kê phường chủ trì thực hiện khoản 1 và khoản 3 Điều 1.",
            "2. Giao Công an phường chủ trì thực hiện các nội dung tại khoản 2, 5 Điều 1.",
            "3. Giao Công chức Địa chính - Xây dựng chủ trì thực hiện khoản 4, khoản 6 Điều 1; phối hợp với Công chức Văn phòng - Thống kê phường thực hiện khoản 1 Điều 1.",
            "4. Đoàn Thanh niên phường phối hợp với Công an phường thực hiện nội dung tại khoản 2 Điều 1.",
            "5. Công chức Văn phòng - Thống kê phường tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND phường trước ngày 10/12/2028.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Văn phòng - Thống kê, Trưởng Công an phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\n- Như Điều 3;\n- UBND thành phố (b/c);\n- Lưu: VT.",
            "CHỦ TỊCH\n(đã ký)\nLê Minh Tâm",
        ],
    )
    document.save(path)


def siblings_jg() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jg1 (.xls) and jg4 (.odt) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jg1_danh_muc_cv_phong_nnmt_ba_sheet"
        jg1_xlsx(h, Path(tmp) / f"{name}.xlsx")
        h.soffice_convert(Path(tmp) / f"{name}.xlsx", "xls", DOCS / f"{name}.xls")
        name = "jg4_qd_phuong_giao_theo_khoan_dieu_1"
        jg4_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "odt", DOCS / f"{name}.odt")
