"""The main corpus's siblings of the held-out documents h829 (a science and technology information
centre's prose plan), h822 (a district culture centre's spring plan), h814 (a provincial hospital's
nursing plan sheet) and h816 (a customs sub-department's peak-period plan), moved to the main corpus
when the importer was taught their shapes, by h13fixZH on 2026-12-06.

Their shape: a body's prose plan whose tasks close with the doer in a bare parenthesis after a
periodical's issues counted each round (`mỗi tháng 02 số (Phòng X).`: recurring, led by X); a team's
two-part name whose dashed field is a verb too, the task's verb right after it (`Tổ Văn thư - Tổng
hợp lập danh mục …`: the team `Tổ Văn thư - Tổng hợp`); a closing charge to the heads of every team
named by the team's word before `trưởng` (`Tổ trưởng các tổ …`, `Trạm trưởng các trạm …`: no item);
and a plan sheet whose time column lists months abbreviated (`T3, T9`, `T6, T12`: the last month's
end).

`zh1` (.docx): a provincial museum's yearly prose plan.
`zh2` (.xlsx): a district health centre's yearly plan sheet with a time column of listed months.
`zh3` (.docx): a district library's plan with a dashed office name and a closing charge to station heads.

Their expected items (expected/zh1_…, zh2_…, zh3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zh` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zh1_docx(path: Path) -> None:
    """A provincial museum's yearly prose plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nBẢO TÀNG TỈNH\n───────\nSố: 18/KH-BT",
        right2="Tuyên Quang, ngày 06 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động nghiên cứu, trưng bày và truyền thông năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy giá trị di sản văn hóa của tỉnh; đổi mới hình thức trưng bày, giới thiệu hiện vật đến công chúng.",
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Phát hành Đặc san Di sản Xứ Tuyên trên trang thông tin điện tử của Bảo tàng, mỗi tháng 02 số (Phòng Truyền thông - Giáo dục).",
    )
    para(
        doc,
        "2. Sưu tầm 120 hiện vật văn hóa các dân tộc thiểu số của tỉnh (Phòng Sưu tầm - Kiểm kê; hoàn thành tháng 10/2028).",
    )
    para(
        doc,
        "3. Tổ Văn thư - Tổng hợp lập danh mục hồ sơ lưu trữ của Bảo tàng năm 2027, nộp vào Lưu trữ lịch sử tỉnh trước ngày 30/6/2028.",
    )
    para(
        doc,
        '4. Tổ chức trưng bày chuyên đề "Sắc màu thổ cẩm" dịp Quốc khánh (Phòng Trưng bày chủ trì, phối hợp Hội Văn học nghệ thuật tỉnh; tháng 8/2028).',
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.")
    para(
        doc,
        "2. Các phòng báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 25 của tháng cuối mỗi quý.",
    )
    para(doc, "3. Tổ trưởng các tổ chịu trách nhiệm tổ chức thực hiện Kế hoạch này tại tổ./.")
    sign_table(doc, "Nơi nhận:\n- Sở VHTTDL;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nMa Thị Hằng")
    doc.save(path)


ZH2_HEADER = ["TT", "Nội dung", "Khoa/phòng thực hiện", "Thời gian", "Ghi chú"]
ZH2_ROWS = [
    ("1", "Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng", "Tổ Kiểm soát nhiễm khuẩn", "T3, T9", ""),
    ("2", "Tập huấn kỹ năng giao tiếp cho điều dưỡng, hộ sinh", "Phòng Điều dưỡng", "T4", ""),
    ("3", "Khảo sát hài lòng người bệnh nội trú", "Phòng Kế hoạch - Nghiệp vụ", "T6, T12", "02 đợt"),
    ("4", "Kiểm tra hồ sơ bệnh án ngẫu nhiên", "Phòng Kế hoạch - Nghiệp vụ", "T2, T5, T8 và T11", ""),
    ("5", "Bảo dưỡng máy phát điện dự phòng", "Tổ Hành chính - Quản trị", "T7 - T8", ""),
]


def zh2_xlsx(path: Path) -> None:
    """A district health centre's yearly plan sheet, its time column listing months (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2028"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN BẮC SƠN"])
    sheet.append(["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM 2028"])
    sheet.append([])
    sheet.append(ZH2_HEADER)
    for row in ZH2_ROWS:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "Hoàng Văn Lực"])
    book.save(path)


def zh3_docx(path: Path) -> None:
    """A district library's plan: a dashed office name, issues each quarter, a charge to station heads (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN ĐỊNH HÓA\nTRUNG TÂM VĂN HÓA - THƯ VIỆN\n───────\nSố: 07/KH-TTVHTV",
        right2="Định Hóa, ngày 12 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển văn hóa đọc năm 2028", bold=True, center=True)
    para(doc, "I. NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Tổ Hành chính - Kế toán chuẩn bị kinh phí mua bổ sung 800 bản sách, trình Giám đốc phê duyệt trước ngày 28/02/2028.",
    )
    para(
        doc,
        "2. Biên soạn Thư mục thông báo sách mới gửi các trường học trên địa bàn, mỗi quý 01 số (Tổ Nghiệp vụ thư viện).",
    )
    para(doc, "3. Tổ Phục vụ bạn đọc tổ chức Ngày hội đọc sách tại các trường tiểu học trong tháng 4/2028.")
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Các tổ báo cáo kết quả thực hiện về Tổ Hành chính - Kế toán định kỳ hằng tháng.")
    para(doc, "2. Trạm trưởng các trạm đọc sách cơ sở chịu trách nhiệm triển khai Kế hoạch này tại trạm./.")
    sign_table(doc, "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nLương Văn Thắng")
    doc.save(path)


def siblings_zh() -> None:
    zh1_docx(DOCS / "zh1_kh_bao_tang_tinh_ngoac_dac_san.docx")
    zh2_xlsx(DOCS / "zh2_kh_ttyt_huyen_thang_viet_tat_liet_ke.xlsx")
    zh3_docx(DOCS / "zh3_kh_thu_vien_huyen_to_gach_noi.docx")
