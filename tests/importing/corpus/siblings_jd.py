"""The main corpus's siblings of the held-out documents h124 and h134 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJD; the siblings of h128 and h135, jd1 and jd2, are text
and Markdown written by hand): the same shape with other bodies, units, tasks, dates and surface details.
Their expected items (expected/jd3_…, jd4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-jd` writes jd3 (.xlsx) and jd4 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jd3_xlsx(h, path: Path) -> None:
    """A hospital's equipment-care plan (sibling of h124): a form block above the title, a `Chu kỳ` column of
    rounds beside the deadline column (a round where no deadline is printed), a supervisor column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Bảo dưỡng TB 2027"
    sheet.append(["SỞ Y TẾ TỈNH NAM HÀ", None, None, None, None, "Biểu mẫu: QT.VT.03-BM01"])
    sheet.append(["BỆNH VIỆN ĐA KHOA KHU VỰC BẮC SƠN", None, None, None, None, "Ngày áp dụng: 15/01/2027"])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A2:C2")
    sheet.append([])
    h.sheet_title_rows(sheet, ["KẾ HOẠCH BẢO DƯỠNG, KIỂM ĐỊNH TRANG THIẾT BỊ Y TẾ NĂM 2027"], 7)
    h.xlsx_header(
        sheet,
        [
            "TT",
            "Thiết bị / nội dung bảo dưỡng",
            "Chu kỳ",
            "Đơn vị thực hiện",
            "Người giám sát",
            "Hạn hoàn thành",
            "Ghi chú",
        ],
    )
    rows = [
        (
            1,
            "Vệ sinh, thay lọc khí máy thở tại Khoa Hồi sức tích cực",
            "Hằng quý",
            "Phòng Vật tư - Thiết bị y tế",
            "Trưởng khoa Hồi sức tích cực",
            None,
            None,
        ),
        (
            2,
            "Kiểm tra độ chính xác máy xét nghiệm sinh hóa bằng mẫu nội kiểm",
            "Hằng tuần",
            "Khoa Xét nghiệm",
            "Phụ trách quản lý chất lượng",
            None,
            "Lưu kết quả vào sổ nội kiểm",
        ),
        (
            3,
            "Kiểm định an toàn bức xạ máy X-quang kỹ thuật số",
            "12 tháng/lần",
            "Khoa Chẩn đoán hình ảnh",
            "Phó Giám đốc chuyên môn",
            datetime.date(2027, 8, 31),
            "Thuê tổ chức kiểm định",
        ),
        (
            4,
            "Bảo dưỡng hệ thống khí y tế trung tâm (oxy, khí nén, hút)",
            "3 tháng/lần",
            "Tổ Điện - Nước",
            "Trưởng phòng Hành chính quản trị",
            None,
            None,
        ),
        (
            5,
            "Thay ắc quy bộ lưu điện phòng mổ số 2",
            "01 lần",
            "Tổ Điện - Nước",
            "Trưởng khoa Gây mê hồi sức",
            datetime.date(2027, 5, 15),
            None,
        ),
        (
            6,
            "Hiệu chuẩn cân, huyết áp kế tại các khoa lâm sàng",
            "01 lần",
            "Phòng Vật tư - Thiết bị y tế",
            "Phòng Quản lý chất lượng",
            "Quý IV/2027",
            None,
        ),
        (
            7,
            "Sửa chữa, sơn lại giường bệnh inox khu điều trị nội trú",
            "01 lần",
            "Tổ Điện - Nước",
            "Trưởng phòng Hành chính quản trị",
            "Trước đợt cao điểm sốt xuất huyết (tháng 6/2027)",
            None,
        ),
    ]
    for row in rows:
        sheet.append(list(row))
        if isinstance(row[5], datetime.date):
            sheet.cell(row=sheet.max_row, column=6).number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Chu kỳ bảo dưỡng theo hướng dẫn của nhà sản xuất; thiết bị hỏng đột xuất báo Phòng Vật tư - Thiết bị y tế."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7)
    sheet.append([])
    sheet.append([None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG PHÒNG VẬT TƯ - TBYT", None, "GIÁM ĐỐC"])
    sheet.append([None, "Đỗ Thị Mai", None, None, "Phan Văn Khải", None, "Nguyễn Quang Vinh"])
    for column, width in zip("ABCDEFG", [5, 50, 13, 26, 28, 16, 24], strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


def jd4_docx(h, path: Path) -> None:
    """A district chairman's conclusions as a notice (sibling of h134): topic headings over lettered
    assignments, deadlines counted from the notice's own signing (`… ngày kể từ ngày ký`, in days and in
    working days), a span after an event with no date, an approval that is no item."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN TRÀ LINH", "Số: 87/TB-UBND"],
        "Trà Linh, ngày 11 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác chuẩn bị năm học 2027 - 2028",
            "Ngày 07/5/2027, đồng chí Chủ tịch UBND huyện chủ trì cuộc họp với Phòng Giáo dục và Đào tạo, Phòng Tài chính - Kế hoạch và UBND các xã, thị trấn. Chủ tịch UBND huyện kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Năm học 2026 - 2027, toàn huyện có thêm 04 trường đạt chuẩn quốc gia; tuy nhiên còn thiếu 46 phòng học và 31 giáo viên tiểu học.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "1. Về cơ sở vật chất:",
            "a) Phòng Tài chính - Kế hoạch chủ trì, phối hợp Phòng Giáo dục và Đào tạo rà soát nguồn vốn sửa chữa phòng học, trình UBND huyện trong thời hạn 10 ngày kể từ ngày ký Thông báo này.",
            "b) Ban Quản lý dự án đầu tư xây dựng huyện hoàn thành, bàn giao 12 phòng học Trường Tiểu học Na Sa trước ngày 15/8/2027.",
            "c) Đồng ý chủ trương sử dụng nhà văn hóa xóm Bản Khuông làm điểm lẻ mầm non.",
            "2. Về đội ngũ:",
            "a) Phòng Nội vụ tham mưu phương án hợp đồng giáo viên tiểu học còn thiếu, báo cáo UBND huyện trong vòng 07 ngày làm việc kể từ ngày ký.",
            "b) Phòng Giáo dục và Đào tạo tổ chức tuyển dụng giáo viên theo chỉ tiêu được giao, hoàn thành trong vòng 30 ngày sau khi có quyết định phê duyệt chỉ tiêu.",
            "3. Giao Phòng Văn hóa và Thông tin tuyên truyền về ngày toàn dân đưa trẻ đến trường, thực hiện trong tháng 8/2027.",
            "4. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện Thông báo này, định kỳ hằng quý báo cáo Chủ tịch UBND huyện.",
            "5. Đề nghị Huyện đoàn huy động đoàn viên thanh niên hỗ trợ các trường dọn vệ sinh trong suốt thời gian chuẩn bị khai giảng.",
            "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND huyện;\n- Các phòng: GDĐT, TCKH, NV, VHTT;\n- Huyện đoàn;\n- Lưu: VT.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(đã ký)\nHoàng Thị Thu",
        ],
    )
    document.save(path)


def siblings_jd() -> None:
    h = heldout_writers()
    jd3_xlsx(h, DOCS / "jd3_kh_bao_duong_benh_vien_chu_ky.xlsx")
    jd4_docx(h, DOCS / "jd4_tb_ket_luan_chu_tich_huyen_tinh_tu_ngay_ky.docx")
