"""The main corpus's siblings of the held-out documents h775 (a provincial Tourism Association's
programme sheet for 2027) and h787 (a provincial education department's examination programme for
the school year 2026 - 2027), moved to the main corpus when the importer was taught their shape, by
h13fixYR on 2026-12-06.

Their shape: a programme whose times print a month or a day without a year, where the programme's
period places it: a yearless month or day falls in the year that puts it inside that period — the
title's calendar year (`CHƯƠNG TRÌNH … NĂM 2028` signed in December 2027: `Tháng 10/2028`, then rows
out of order `Tháng 3`, `Tháng 7` are 2028's, not the next year's), or a school year running over a
new year (`năm học 2027 - 2028`: `Tháng 8`, `05/9`, `Từ 15/12 đến 10/01` are 2027's then 2028's;
`học kỳ II năm học 2026 - 2027`: `Từ 04/01 đến 09/01`, `Trước 25/02`, `Tháng 4` are 2027's).

`yr1` (.xlsx): a university's training calendar sheet for a school year.
`yr2` (.docx): a lower secondary school's second-semester plan.
`yr3` (.odt, converted from .docx by LibreOffice): a district Veterans' Association's programme for
the year after the one it is signed in.

Their expected items (expected/yr1_…, yr2_…, yr3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yr` writes the three (yr3 needs `soffice`).
"""

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, grid, head_block, para, sign_table, soffice  # noqa: E402 — heldout/ first

YR1_HEADER = ["STT", "Công việc", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
YR1_ROWS = [
    (
        1,
        "Xét tuyển, nhập học sinh viên khóa 2027 theo kế hoạch tuyển sinh",
        "Tháng 8",
        "Phòng Đào tạo",
        "Phòng Công tác sinh viên",
    ),
    (
        2,
        "Khai giảng năm học, tuần sinh hoạt công dân cho sinh viên khóa mới",
        "05/9",
        "Phòng Công tác sinh viên",
        "Đoàn Thanh niên trường",
    ),
    (
        3,
        "Thi kết thúc học phần học kỳ I",
        "Từ 15/12 đến 10/01",
        "Phòng Khảo thí và Đảm bảo chất lượng",
        "Các khoa",
    ),
    (4, "Nhập điểm học kỳ I lên phần mềm quản lý đào tạo", "Trước 20/02", "Các khoa", "Phòng Đào tạo"),
    (
        5,
        "Tổ chức hội nghị sinh viên nghiên cứu khoa học cấp trường",
        "Tháng 5",
        "Phòng Khoa học và Hợp tác quốc tế",
        "Các khoa",
    ),
    (
        6,
        "Xét công nhận tốt nghiệp đợt 2 và trao bằng cho sinh viên",
        "Tháng 7",
        "Phòng Đào tạo",
        "Hội đồng xét tốt nghiệp",
    ),
    (
        7,
        "Cập nhật thời khóa biểu, lịch học trên cổng thông tin sinh viên",
        "Thường xuyên",
        "Phòng Đào tạo",
        "Trung tâm Công nghệ thông tin",
    ),
]


def yr1_xlsx(path: Path) -> None:
    """A university's training calendar for the school year 2027 - 2028 (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Năm học 2027-2028"
    sheet.append(["TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT TÂY NGUYÊN"])
    sheet.append(["KẾ HOẠCH ĐÀO TẠO NĂM HỌC 2027 - 2028"])
    sheet.append(["(Kèm theo Quyết định số 611/QĐ-ĐHKTKT ngày 20/7/2027 của Hiệu trưởng)"])
    sheet.append([])
    sheet.append(YR1_HEADER)
    for row in YR1_ROWS:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["", "", "", "HIỆU TRƯỞNG"])
    sheet.append(["", "", "", "Phan Đình Khôi"])
    book.save(path)


YR2_ROWS = [
    ("§", "I", "THÁNG 01 - THÁNG 02"),
    (
        "1",
        "Tổ chức sơ kết học kỳ I, họp phụ huynh học sinh các lớp",
        "Từ 04/01 đến 09/01",
        "Văn phòng nhà trường",
        "",
    ),
    (
        "2",
        "Xây dựng đề kiểm tra giữa học kỳ II các môn Toán, Tin học",
        "Trước 25/02",
        "Tổ Toán - Tin",
        "Tổ Khoa học tự nhiên",
    ),
    ("§", "II", "THÁNG 3 - THÁNG 4"),
    (
        "3",
        "Tổ chức Hội thi Kể chuyện theo sách cho học sinh khối 6, 7",
        "26/3",
        "Tổ Ngữ văn",
        "Thư viện nhà trường",
    ),
    (
        "4",
        "Tổ chức ngày hội Thiếu nhi vui khỏe - tiến bước lên Đoàn",
        "Tháng 4",
        "Liên đội trường",
        "Tổ Giáo dục thể chất - Nghệ thuật",
    ),
    ("§", "III", "THÁNG 5"),
    (
        "5",
        "Kiểm tra cuối học kỳ II, tổng hợp kết quả xếp loại học sinh",
        "Từ 10/5 đến 20/5",
        "Tổ Khoa học tự nhiên",
        "Tổ Khoa học xã hội",
    ),
]


def yr2_docx(path: Path) -> None:
    """A lower secondary school's plan for the second semester of 2026 - 2027 (.docx)."""
    doc = document()
    head_block(
        doc,
        "PHÒNG GD&ĐT HUYỆN ĐỨC THỌ\nTRƯỜNG THCS TÙNG ẢNH\n───────\nSố: 07/KH-THCSTA",
        right2="Tùng Ảnh, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động giáo dục học kỳ II năm học 2026 – 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ kế hoạch giáo dục nhà trường năm học 2026 – 2027, Trường THCS Tùng Ảnh xây dựng kế hoạch "
        "hoạt động học kỳ II như sau:",
    )
    grid(doc, ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Phối hợp"], YR2_ROWS)
    para(doc, "")
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Các tổ chuyên môn;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nĐặng Thị Nhàn",
    )
    doc.save(path)


YR3_ROWS = [
    (
        "1",
        "Tổ chức hội nghị tổng kết công tác Hội năm 2028, biểu dương hội viên tiêu biểu",
        "Tháng 10/2028",
        "Ban Thường vụ Hội",
        "Văn phòng Hội",
    ),
    (
        "2",
        "Tuyên truyền kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam trên Đài Truyền thanh huyện",
        "Tháng 12",
        "Ban Tuyên giáo Hội",
        "Đài Truyền thanh huyện",
    ),
    (
        "3",
        "Tổ chức cho hội viên tham gia Tết trồng cây đời đời nhớ ơn Bác Hồ",
        "Tháng 3",
        "Hội Cựu chiến binh các xã",
        "Ban Tổ chức Hội",
    ),
    (
        "4",
        "Thăm, tặng quà gia đình chính sách, thương binh, liệt sĩ nhân dịp Ngày Thương binh - Liệt sĩ",
        "Tháng 7",
        "Ban Chính sách Hội",
        "Phòng Nội vụ huyện",
    ),
    (
        "5",
        "Sơ kết 6 tháng hoạt động của các câu lạc bộ Cựu chiến binh làm kinh tế giỏi",
        "Tháng 6",
        "Ban Kinh tế Hội",
        "Hội Cựu chiến binh các xã",
    ),
]


def yr3_docx(path: Path) -> None:
    """A district Veterans' Association's programme for 2028 signed in December 2027 (.docx, converted to
    .odt by `siblings_yr`)."""
    doc = document()
    head_block(
        doc,
        "HỘI CỰU CHIẾN BINH TỈNH HÀ NAM\nHỘI CCB HUYỆN KIM BẢNG\n───────\nSố: 31-CTr/CCB",
        right2="Kim Bảng, ngày 18 tháng 12 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028", bold=True, center=True)
    para(doc, "của Ban Chấp hành Hội Cựu chiến binh huyện", italic=True, center=True)
    grid(doc, ["TT", "Nội dung công tác", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"], YR3_ROWS)
    para(doc, "")
    sign_table(
        doc,
        "Nơi nhận:\n- Hội CCB tỉnh (b/c);\n- Huyện ủy (b/c);\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nNguyễn Văn Thìn",
    )
    doc.save(path)


def siblings_yr() -> None:
    yr1_xlsx(DOCS / "yr1_kh_dao_tao_dai_hoc_nam_hoc.xlsx")
    yr2_docx(DOCS / "yr2_kh_hoc_ky_ii_truong_thcs.docx")
    if not shutil.which("soffice"):
        print("soffice not found: yr3 (.odt) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "yr3_ctr_hoi_ccb_huyen_nam_sau.docx"
        yr3_docx(source)
        soffice(source, "odt", DOCS / "yr3_ctr_hoi_ccb_huyen_nam_sau.odt")
