"""The main corpus's siblings of the held-out documents h815, h831, h813 and h830 (moved to the main
corpus when the importer was taught their shapes, by h13fixZG on 2026-12-06).

`zg1` (h815's and h813's shapes): a district culture office's notice of conclusions (.docx) whose
points go to staff posts by their field (`Giao đ/c Chuyên viên phụ trách an toàn thông tin …`,
`Chuyên viên phụ trách di sản (anh …) …`: the post leads, without the holder) and by their work with
the holder in parentheses (`Kế toán (chị …) lập …`); a `Ghi chú:` line under the last point asks
every unit for a monthly report after the time it starts from (`Từ quý II/2027, các đơn vị …`).

`zg2` (h830's shape): a provincial archive's weekly calendar (.xlsx) with a note merged across under
its entries: a remark closed by a full stop, then every division's weekly registration (an item
from its own sentence, recurring, no lead).

`zg3` (h831's shape): a kindergarten's monthly plan (tab-separated .txt) with a task table; under
`TỔ CHỨC THỰC HIỆN` the cashier with her name in parentheses pays out each month (an item led by
`Thủ quỹ`), the clerk sends each week (`Văn thư gửi … hằng tuần`), every class reports monthly.

Their expected items (expected/zg1_…, zg2_…, zg3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zg` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

ZG1_PARAGRAPHS = (
    "PHÒNG VĂN HÓA, KHOA HỌC VÀ THÔNG TIN HUYỆN BẮC HÀ",
    "Số: 07/TB-VHKHTT",
    "Bắc Hà, ngày 12 tháng 01 năm 2027",
    "THÔNG BÁO",
    "Kết luận của Trưởng phòng tại cuộc họp triển khai nhiệm vụ quý I/2027",
    "Ngày 11/01/2027, Trưởng phòng chủ trì cuộc họp với viên chức, người lao động của Phòng và lãnh đạo "
    "các đơn vị sự nghiệp trực thuộc. Trưởng phòng kết luận như sau:",
    "1. Năm 2026, Phòng đã hoàn thành các chỉ tiêu về văn hóa, thông tin; số hóa 1.200 hiện vật của "
    "Nhà truyền thống huyện.",
    "2. Giao đ/c Chuyên viên phụ trách an toàn thông tin rà soát, cập nhật phần mềm diệt vi-rút cho "
    "máy tính của Phòng và các đơn vị, hoàn thành trước ngày 28/02/2027.",
    "3. Chuyên viên phụ trách di sản (anh Vàng Seo Chính) lập hồ sơ đề nghị xếp hạng di tích Đền Bắc Hà, "
    "trình Trưởng phòng trong tháng 3/2027.",
    "4. Kế toán (chị Lù Thị Dung) lập báo cáo quyết toán kinh phí năm 2026, gửi Phòng Tài chính - Kế "
    "hoạch trước ngày 15/02/2027.",
    "5. Trung tâm Văn hóa - Thể thao huyện tổ chức Hội xuân Bắc Hà năm 2027 từ ngày 20/02 đến ngày "
    "22/02/2027.",
    "Ghi chú: Từ quý II/2027, các đơn vị sự nghiệp trực thuộc báo cáo kết quả thực hiện nhiệm vụ về "
    "Phòng (qua Kế toán) trước ngày 22 hằng tháng.",
    "Phòng Văn hóa, Khoa học và Thông tin thông báo để các đơn vị, cá nhân biết, thực hiện./.",
    "TRƯỞNG PHÒNG",
    "Sần Văn Thắng",
)


def zg1_docx(path: Path) -> None:
    """A district culture office's notice of conclusions (.docx), the body as paragraphs."""
    from docx import Document

    document = Document()
    for text in ZG1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


ZG2_ROWS = (
    ("TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH",),
    ("LỊCH LÀM VIỆC TUẦN 03 CỦA BAN GIÁM ĐỐC",),
    ("(Từ ngày 18/01/2027 đến ngày 24/01/2027)",),
    ("Ngày", "Giờ", "Nội dung", "Lãnh đạo chủ trì", "Bộ phận chuẩn bị", "Địa điểm"),
    (
        "Thứ Hai\n18/01",
        "08h00",
        "Giao ban Ban Giám đốc đầu tuần",
        "Giám đốc",
        "Phòng Hành chính - Tổng hợp",
        "Phòng họp số 1",
    ),
    (
        "",
        "14h00",
        "Duyệt danh mục hồ sơ nộp lưu năm 2027",
        "Phó Giám đốc Lê Hồng Quân",
        "Phòng Thu thập - Chỉnh lý",
        "Phòng họp số 1",
    ),
    (
        "Thứ Ba\n19/01",
        "08h30",
        "Kiểm tra kho lưu trữ tầng 3 trước mùa mưa",
        "Giám đốc",
        "Phòng Bảo quản",
        "Kho tầng 3",
    ),
    (
        "Thứ Tư\n20/01",
        "09h00",
        "Hội nghị tổng kết công tác lưu trữ năm 2026",
        "Giám đốc",
        "Phòng Hành chính - Tổng hợp",
        "Hội trường Sở Nội vụ",
    ),
    (
        "Thứ Năm\n21/01",
        "14h00",
        "Làm việc với Công ty cổ phần Tin học An Việt về phần mềm số hóa",
        "Phó Giám đốc Lê Hồng Quân",
        "Phòng Tin học hóa",
        "Phòng họp số 2",
    ),
    (
        "Thứ Sáu\n22/01",
        "08h00",
        "Giới thiệu tài liệu lưu trữ chào Xuân Đinh Mùi",
        "Giám đốc",
        "Phòng Khai thác - Phát huy giá trị",
        "Sảnh Trung tâm",
    ),
    ("Thứ Bảy, Chủ nhật", "", "Nghỉ", "", "", ""),
    (),
    (
        "Lịch làm việc có thể thay đổi khi có ý kiến chỉ đạo của Giám đốc Sở Nội vụ. Các phòng đăng ký "
        "lịch làm việc tuần sau với Phòng Hành chính - Tổng hợp trước 16 giờ 00 thứ Năm hằng tuần.",
    ),
)


def zg2_xlsx(path: Path) -> None:
    """A provincial archive's weekly calendar (.xlsx): titles merged across, a note merged across."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuần 03"
    for index, row in enumerate(ZG2_ROWS, 1):
        for column, text in enumerate(row, 1):
            if text:
                sheet.cell(row=index, column=column, value=text)
        if len(row) == 1:
            sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=6)
    book.save(path)


ZG3_LINES = (
    "TRƯỜNG MẦM NON HOA SEN",
    "Số: 05/KH-MNHS",
    "KẾ HOẠCH",
    "Công tác tháng 3 năm 2027",
    "Căn cứ kế hoạch năm học 2026 - 2027, Trường Mầm non Hoa Sen xây dựng kế hoạch tháng 3/2027 như sau:",
    "I. NHIỆM VỤ TRỌNG TÂM",
    "STT\tNội dung công việc\tNgười phụ trách\tThời gian",
    "1\tTổ chức hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3\tPhó Hiệu trưởng\t06/3/2027",
    "2\tKiểm tra hồ sơ chuyên môn của giáo viên khối Mẫu giáo lớn\tHiệu trưởng\tTrước 15/3/2027",
    "3\tCân, đo, đánh giá sức khỏe trẻ lần 2\tNhân viên y tế\tTừ 16/3 đến 20/3/2027",
    "4\tTập huấn vệ sinh an toàn thực phẩm cho nhân viên nấu ăn\tPhó Hiệu trưởng\t25/3/2027",
    "II. TỔ CHỨC THỰC HIỆN",
    "Thủ quỹ (chị Đặng Thu Hà) chi trả tiền hỗ trợ bán trú cho trẻ thuộc hộ nghèo hằng tháng.",
    "Văn thư gửi lịch công tác của nhà trường lên nhóm Zalo của trường vào chiều thứ Sáu hằng tuần.",
    "Các lớp báo cáo tỷ lệ chuyên cần của trẻ về Phó Hiệu trưởng trước ngày 28 hằng tháng.",
    "HIỆU TRƯỞNG",
    "Trịnh Thị Lan",
)


def zg3_txt(path: Path) -> None:
    """A kindergarten's monthly plan (plain text, its task table tab-separated)."""
    path.write_text("\n".join(ZG3_LINES) + "\n", encoding="utf-8")


def siblings_zg() -> None:
    zg1_docx(DOCS / "zg1_tbkl_phong_van_hoa_chuc_danh_ghi_chu.docx")
    zg2_xlsx(DOCS / "zg2_lich_tuan_trung_tam_luu_tru.xlsx")
    zg3_txt(DOCS / "zg3_kh_thang_mam_non_thu_quy_van_thu.txt")
