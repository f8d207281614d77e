"""The main corpus's siblings of h725 (an obstetrics and paediatrics hospital's notice of the director's
conclusions at its December briefing), of xg1's dated act of all the staff and of h718 (a power company's
indicator sheet), by h13fixYE on 2026-12-06: a notice of conclusions of a meeting held in December whose
points print days without a year (`hoàn thành trước 24/12`, `trước ngày 15/01`: the next such day on or
after the meeting's or the notice's own day, across the new year), and one point giving all the staff a
concrete act on a printed day at a printed place (`Toàn thể công chức … tham gia Hội thao … ngày
26/12/2027 tại Nhà thi đấu huyện.`: an item due that day, lead not scored); and an indicator sheet whose
time column is empty on some rows beside a note saying how the figure is set (`Theo lộ trình điều chỉnh
giá nước sạch của UBND tỉnh`, `Theo lộ trình giảm thất thoát đến năm 2030`: no time, due none), an
occasion's note (`Đột xuất khi có phản ánh của khách hàng`: review) and a day without a year in the time
column of a yearly sheet (`15/12`: that year's). Their expected items (expected/ye1_…, ye2_…, ye3_…) were
written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ye` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YE1_PARAGRAPHS = (
    "CỤC THUẾ TỈNH ĐÔNG LÂM",
    "CHI CỤC THUẾ KHU VỰC BẮC SƠN",
    "THÔNG BÁO",
    "Kết luận của Chi cục trưởng tại cuộc họp giao ban tháng 12/2027",
    "Ngày 10/12/2027, Chi cục Thuế khu vực Bắc Sơn tổ chức họp giao ban tháng 12/2027. Chủ trì: đồng chí "
    "Vũ Minh Khoa, Chi cục trưởng; dự họp có các Phó Chi cục trưởng, đội trưởng các đội. Sau khi nghe Đội "
    "Nghiệp vụ báo cáo, Chi cục trưởng kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Mười một tháng năm 2027, tổng thu ngân sách trên địa bàn đạt 94% dự toán; nợ thuế còn cao ở nhóm "
    "doanh nghiệp xây dựng.",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "1. Đội Nghiệp vụ rà soát số thuế phát sinh của các doanh nghiệp khai thác khoáng sản, hoàn thành "
    "trước 24/12.",
    "2. Đội Quản lý nợ đôn đốc thu hồi nợ thuế của 35 doanh nghiệp nợ trên 90 ngày, báo cáo Chi cục "
    "trưởng trước ngày 15/01.",
    "3. Đội Kiểm tra thuế hoàn thành 12 cuộc kiểm tra tại trụ sở người nộp thuế trước ngày 31/12/2027.",
    "4. Toàn thể công chức, người lao động Chi cục tham gia Hội thao chào mừng năm mới ngày 26/12/2027 "
    "tại Nhà thi đấu huyện.",
    "5. Đội Hành chính hoàn thiện hồ sơ thi đua, khen thưởng năm 2027 trong tháng 01/2028.",
    "Chi cục Thuế thông báo để các đội biết, thực hiện./.",
    "Nơi nhận:",
    "- Lãnh đạo Chi cục;",
    "- Các đội thuế;",
    "- Lưu: VT.",
    "CHI CỤC TRƯỞNG",
    "Vũ Minh Khoa",
)


def ye1_docx(path: Path) -> None:
    """A district tax office's notice of its head's conclusions at the December meeting (.docx)."""
    from docx import Document

    document = Document()
    for text in YE1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


YE2_LINES = (
    "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
    "Số: 112/TB-UBND",
    "Tân Phú, ngày 18 tháng 12 năm 2026",
    "",
    "THÔNG BÁO",
    "Ý kiến kết luận của Chủ tịch UBND xã tại cuộc họp triển khai nhiệm vụ dịp Tết Nguyên đán",
    "",
    "Ngày 16/12/2026, Chủ tịch UBND xã chủ trì cuộc họp triển khai nhiệm vụ bảo đảm an ninh, trật tự và "
    "chăm lo Tết cho Nhân dân. Sau khi nghe ý kiến các thành viên, Chủ tịch UBND xã kết luận như sau:",
    "",
    "1. Văn phòng HĐND và UBND xã lập danh sách hộ nghèo, hộ cận nghèo được tặng quà Tết, trình Chủ tịch "
    "UBND xã trước ngày 28/12.",
    "2. Công an xã xây dựng phương án bảo đảm an ninh, trật tự, phòng chống cháy nổ dịp Tết, hoàn thành "
    "trước 05/01.",
    "3. Toàn thể cán bộ, công chức xã tham gia ra quân tổng vệ sinh môi trường đón Tết ngày 27/12/2026 tại "
    "khu trung tâm xã.",
    "4. Ban Chỉ huy Quân sự xã rà soát, lập hồ sơ thanh niên trong độ tuổi gọi nhập ngũ năm 2027, báo cáo "
    "Ban Chỉ huy Quân sự huyện trong tháng 01/2027.",
    "",
    "UBND xã thông báo để các bộ phận, đơn vị biết, thực hiện./.",
    "",
    "Nơi nhận:",
    "- TT Đảng ủy, TT HĐND xã;",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Hà Thị Lan",
)
YE2_TEXT = "\n".join(YE2_LINES) + "\n"


def ye2_txt(path: Path) -> None:
    """A commune people's committee's notice of its chairman's conclusions before Tết (plain text)."""
    path.write_text(YE2_TEXT, encoding="utf-8")


YE3_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "TH 2027", "KH 2028", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"]
YE3_ROWS = (
    ("1", "Sản lượng nước thương phẩm", "triệu m³", 41.2, 43, "Phòng Kinh doanh", "31/12/2028", None),
    (
        "2",
        "Giá bán nước sạch bình quân",
        "đ/m³",
        9850,
        10300,
        "Phòng Kinh doanh",
        None,
        "Theo lộ trình điều chỉnh giá nước sạch của UBND tỉnh",
    ),
    (
        "3",
        "Tỷ lệ thất thoát, thất thu nước sạch",
        "%",
        18.5,
        17,
        "Phòng Kỹ thuật",
        None,
        "Theo lộ trình giảm thất thoát đến năm 2030",
    ),
    ("4", "Tỷ lệ hóa đơn điện tử trên tổng số hóa đơn", "%", 95, 100, "Phòng Kinh doanh", "30/6/2028", None),
    (
        "5",
        "Số mẫu nước kiểm tra chất lượng tại hộ dân",
        "mẫu",
        1200,
        1300,
        "Trung tâm Xét nghiệm",
        None,
        "Đột xuất khi có phản ánh của khách hàng",
    ),
    ("6", "Số khách hàng lắp đặt mới", "khách hàng", 6400, 7000, "Phòng Kinh doanh", "15/12", None),
)


def ye3_xlsx(path: Path) -> None:
    """A provincial water supply company's indicator sheet for 2028 with a deadline and a note column
    (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ tiêu 2028"
    sheet.append(["CÔNG TY CỔ PHẦN CẤP NƯỚC ĐÔNG LÂM"])
    sheet.append(["CHỈ TIÊU KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2028"])
    sheet.append(["(Kèm theo Quyết định số 318/QĐ-CNĐL ngày 28/12/2027 của Tổng Giám đốc)"])
    sheet.append([])
    sheet.append(YE3_HEADER)
    for row in YE3_ROWS:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["TỔNG GIÁM ĐỐC"])
    book.save(path)


def siblings_ye() -> None:
    ye1_docx(DOCS / "ye1_tbkl_chi_cuc_thue_giao_ban_thang_12.docx")
    ye2_txt(DOCS / "ye2_tbkl_ubnd_xa_nhiem_vu_tet.txt")
    ye3_xlsx(DOCS / "ye3_chi_tieu_cong_ty_cap_nuoc_2028.xlsx")
