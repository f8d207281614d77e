"""The main corpus's siblings of the held-out documents h809 (a university training office's quarter
plan whose month columns are marked `x`) and h808 (a regional tax sub-department's year-end dispatch),
moved to the main corpus when the importer was taught their shape, by h13fixZC on 2026-12-06.

Their shape: a plan whose month columns are marked (`x`, `X`) where a row's note prints a day inside
the marked month with its year (`Hạn 20/10/2027`, `Hoàn thành trước 22/5/2028`: that day, more exact
than the mark), where a row prints a standing time in its month cells instead of marks (`Thường
xuyên` merged across them, `Hằng ngày` typed in each: ongoing), and whose closing line under the
table asks the office's staff as a bare subject (`Viên chức`, `Công chức`) for a progress report or
update by a weekday each week (an item, recurring, no lead); and a dispatch whose closing request
asks for a weekly report until a printed end day alone (`vào thứ Năm hằng tuần, đến hết ngày
15/01/2028`: the round is the time, recurring).

`zc1` (.xlsx): a high school's first-semester plan with month columns marked `x`.
`zc2` (.ods, converted from .xlsx by LibreOffice): a district agriculture office's quarter plan with
month columns marked `X`.
`zc3` (.docx): a provincial treasury's year-end dispatch to its divisions.

Their expected items (expected/zc1_…, zc2_…, zc3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zc` writes the three (zc2 needs `soffice`).
"""

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table, soffice  # noqa: E402 — heldout/ first

ZC1_HEADER = [
    "STT",
    "Nội dung công việc",
    "Người phụ trách",
    "Tháng 9",
    "Tháng 10",
    "Tháng 11",
    "Tháng 12",
    "Ghi chú",
]
ZC1_ROWS = [
    (
        "1",
        "Ổn định nề nếp, phân công giáo viên chủ nhiệm các lớp khối 10",
        "PHT Lê Văn Bình",
        "x",
        "",
        "",
        "",
        "",
    ),
    (
        "2",
        "Nộp báo cáo thống kê đầu năm học về Sở Giáo dục và Đào tạo",
        "VT Trần Thu Hà",
        "",
        "x",
        "",
        "",
        "Hạn 20/10/2027",
    ),
    ("3", "Tổ chức kiểm tra giữa học kỳ I các môn", "PHT Lê Văn Bình", "", "", "x", "", ""),
    ("4", "Bồi dưỡng học sinh giỏi cấp tỉnh các môn văn hóa", "TTCM Phạm Quốc Dũng", "x", "x", "x", "x", ""),
    (
        "5",
        "Cập nhật hồ sơ học sinh, sổ điểm điện tử trên hệ thống",
        "VT Trần Thu Hà",
        "Thường xuyên",
        "",
        "",
        "",
        "",
    ),
    ("6", "Kiểm tra cuối học kỳ I, tổng hợp kết quả xếp loại", "PHT Nguyễn Thị Lan", "", "", "", "x", ""),
]


def zc1_xlsx(path: Path) -> None:
    """A high school's first-semester plan, month columns marked `x` (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "HK I"
    sheet.append(["TRƯỜNG THPT NGUYỄN TRÃI - TỈNH HÀ GIANG LONG"])
    sheet.append(["KẾ HOẠCH CÔNG TÁC HỌC KỲ I NĂM HỌC 2027 - 2028"])
    sheet.append(["(Ban hành ngày 25/8/2027)"])
    sheet.append([])
    sheet.append(ZC1_HEADER)
    for row in ZC1_ROWS:
        sheet.append(list(row))
    sheet.merge_cells("D10:G10")  # `Thường xuyên` across the four months
    sheet.append([])
    sheet.append(
        [
            "",
            "Viên chức báo cáo tiến độ công việc được giao cho Phó Hiệu trưởng phụ trách trước 16h00 thứ "
            "Năm hằng tuần.",
        ]
    )
    sheet.append([])
    sheet.append(["", "", "", "", "", "HIỆU TRƯỞNG"])
    sheet.append(["", "", "", "", "", "Đỗ Minh Khang"])
    book.save(path)


ZC2_HEADER = ["TT", "Nhiệm vụ", "Người thực hiện", "Phối hợp", "Tháng 4", "Tháng 5", "Tháng 6", "Ghi chú"]
ZC2_ROWS = [
    (
        "1",
        "Kiểm tra tiến độ gieo cấy lúa vụ Hè Thu tại các xã",
        "CC Hoàng Văn Sơn",
        "UBND các xã",
        "X",
        "",
        "",
        "",
    ),
    (
        "2",
        "Tổng hợp diện tích chuyển đổi cơ cấu cây trồng trên đất lúa",
        "CC Vi Thị Mai",
        "Trạm Khuyến nông",
        "",
        "X",
        "",
        "Hoàn thành trước 22/5/2028",
    ),
    (
        "3",
        "Theo dõi tình hình sâu bệnh hại trên cây trồng",
        "CC Hoàng Văn Sơn",
        "Trạm Trồng trọt",
        "Hằng ngày",
        "Hằng ngày",
        "Hằng ngày",
        "",
    ),
    ("4", "Tổ chức hội nghị sơ kết sản xuất vụ Đông Xuân", "TP Lục Văn Thành", "Các xã", "", "", "X", ""),
    (
        "5",
        "Hướng dẫn các hợp tác xã xây dựng phương án phòng chống hạn",
        "CC Vi Thị Mai",
        "",
        "X",
        "X",
        "",
        "",
    ),
]


def zc2_xlsx(path: Path) -> None:
    """A district agriculture office's quarter plan, month columns marked `X` (.xlsx, made .ods)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Quy II"
    sheet.append(["UBND HUYỆN ĐỊNH HÓA - PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG"])
    sheet.append(["KẾ HOẠCH CÔNG TÁC QUÝ II NĂM 2028"])
    sheet.append([])
    sheet.append(ZC2_HEADER)
    for row in ZC2_ROWS:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(
        [
            "",
            "Công chức cập nhật kết quả thực hiện nhiệm vụ vào phần mềm quản lý công việc của Phòng trước "
            "16h00 thứ Sáu hằng tuần.",
        ]
    )
    sheet.append([])
    sheet.append(["", "", "", "", "", "TRƯỞNG PHÒNG"])
    sheet.append(["", "", "", "", "", "Lục Văn Thành"])
    book.save(path)


def zc3_docx(path: Path) -> None:
    """A provincial treasury's year-end dispatch to its divisions (.docx)."""
    doc = document()
    head_block(
        doc,
        "KHO BẠC NHÀ NƯỚC KHU VỰC VIII\n───────\nSố: 1532/KBNN8-KSC\nV/v triển khai công tác cuối năm 2027",
        right2="Phú Thọ, ngày 03 tháng 12 năm 2027",
    )
    para(doc, "Kính gửi: Các phòng thuộc Kho bạc Nhà nước khu vực VIII.")
    para(
        doc,
        "Để bảo đảm hoàn thành nhiệm vụ năm 2027, Giám đốc Kho bạc Nhà nước khu vực VIII yêu cầu các phòng "
        "thực hiện các nội dung sau:",
    )
    para(
        doc,
        "1. Phòng Kiểm soát chi đôn đốc các đơn vị sử dụng ngân sách gửi hồ sơ thanh toán tạm ứng, hoàn "
        "thành trước ngày 25/12/2027.",
    )
    para(
        doc,
        "2. Phòng Kế toán nhà nước phối hợp cơ quan tài chính đối chiếu số liệu thu, chi ngân sách năm "
        "2027, hoàn thành trước ngày 10/01/2028.",
    )
    para(
        doc,
        "3. Văn phòng bố trí cán bộ trực giao dịch vào ngày 31/12/2027 theo quy định.",
    )
    para(
        doc,
        "Các phòng báo cáo tiến độ giải ngân vốn đầu tư công về Văn phòng vào thứ Năm hằng tuần, đến hết "
        "ngày 15/01/2028. Yêu cầu các phòng nghiêm túc thực hiện./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Ban Giám đốc;\n- Lưu: VT, KSC.",
        "GIÁM ĐỐC\n\n\n\nTạ Quang Vinh",
    )
    doc.save(path)


def siblings_zc() -> None:
    zc1_xlsx(DOCS / "zc1_kh_hoc_ky_truong_thpt_cot_thang_x.xlsx")
    zc3_docx(DOCS / "zc3_cv_kbnn_khu_vuc_cuoi_nam_hang_tuan_den_het.docx")
    if not shutil.which("soffice"):
        print("soffice not found: zc2 (.ods) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zc2_kh_quy_phong_nn_huyen_cot_thang_x.xlsx"
        zc2_xlsx(source)
        soffice(source, "ods", DOCS / "zc2_kh_quy_phong_nn_huyen_cot_thang_x.ods")
