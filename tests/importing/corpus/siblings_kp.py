"""The main corpus's siblings of the held-out documents h273, h269, h263 and h268 (moved to the main
corpus when the importer was taught their shapes, helper h13fixKP on 2026-12-05): a quarter
programme whose month rows are merged across the table over a time column of days of that month
(kp1); a quarter programme as lines, month headings over numbered tasks whose closing parenthesis
gives the lead and a day without its month (kp2, a .txt by hand); a yearly programme of a state
company whose time column abbreviates periods (`T2 - T4`, `9T đầu năm`, `Hết năm`) or gives thirds
of a month (`Trung tuần tháng 5`), its leads abbreviated and spelt out in a line under the table
(kp3). Their expected items (expected/kp*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-kp` writes kp1 (.docx) and kp3 (.xlsx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    return document


def kp1_docx(h, path: Path) -> None:
    """A district health centre's programme for quarter IV (.docx): `STT | Nội dung | Đơn vị thực
    hiện | Phối hợp | Thời hạn`, month rows merged across the table (`Tháng 10`, `Tháng 11`,
    `Tháng 12`, no year: the title's), the time column only a day or a part of that month (`Ngày 08`,
    `Trước ngày 20`, `Từ 12 - 14`, `Ngày 03 và 17`, `Đầu tháng`, `Trung tuần`, `Hạ tuần`, `Cuối
    tháng`), one `Trong tháng`, one date with its month (`05/11`)."""
    document = _document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH NAM HÀ GIANG", "TRUNG TÂM Y TẾ KHU VỰC ĐỒNG MỸ", "Số: 377/CTr-TTYT"],
        "Đồng Mỹ, ngày 25 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2027",
            "Giám đốc Trung tâm ban hành chương trình công tác quý IV năm 2027 để các khoa, phòng thực hiện:",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung", "Đơn vị thực hiện", "Phối hợp", "Thời hạn"],
        [0.4, 3.8, 1.7, 1.7, 1.1],
    )
    h.full_width_row(table, "Tháng 10")
    for row in [
        [
            "1",
            "Tổ chức tiêm vắc xin sởi - rubella bổ sung cho trẻ 1 - 5 tuổi tại các trạm y tế",
            "Khoa Kiểm soát bệnh tật",
            "Các trạm y tế xã",
            "Từ 12 - 14",
        ],
        [
            "2",
            "Báo cáo tình hình sử dụng thuốc, vật tư y tế quý III",
            "Khoa Dược - Vật tư",
            "Phòng Tài chính - Kế toán",
            "Ngày 08",
        ],
        [
            "3",
            "Kiểm tra công tác kiểm soát nhiễm khuẩn tại khoa Hồi sức cấp cứu",
            "Phòng Điều dưỡng",
            "",
            "Đầu tháng",
        ],
    ]:
        h.fill_row(table, row)
    h.full_width_row(table, "Tháng 11")
    for row in [
        [
            "4",
            "Tập huấn quy trình xử trí phản vệ cho nhân viên y tế tuyến xã",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Khoa Cấp cứu",
            "05/11",
        ],
        ["5", "Giao ban chuyên môn với các trạm y tế", "Phòng Kế hoạch - Nghiệp vụ", "", "Ngày 03 và 17"],
        [
            "6",
            "Rà soát danh sách người bệnh tăng huyết áp được quản lý tại trạm",
            "Khoa Dinh dưỡng - Bệnh không lây nhiễm",
            "Các trạm y tế xã",
            "Trong tháng",
        ],
        [
            "7",
            "Lập dự toán mua sắm trang thiết bị năm 2028",
            "Phòng Tài chính - Kế toán",
            "Khoa Dược - Vật tư",
            "Trung tuần",
        ],
    ]:
        h.fill_row(table, row)
    h.full_width_row(table, "Tháng 12")
    for row in [
        [
            "8",
            "Tổng kết công tác phòng chống sốt xuất huyết năm 2027",
            "Khoa Kiểm soát bệnh tật",
            "",
            "Trước ngày 20",
        ],
        [
            "9",
            "Kiểm kê tài sản, thuốc và hóa chất cuối năm",
            "Phòng Tài chính - Kế toán",
            "Các khoa, phòng",
            "Hạ tuần",
        ],
        [
            "10",
            "Xây dựng kế hoạch hoạt động năm 2028 của Trung tâm",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Các khoa, phòng",
            "Cuối tháng",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Nơi nhận:",
            "- Sở Y tế (b/c);",
            "- Các khoa, phòng, trạm y tế;",
            "- Lưu: VT, KHNV.",
            "GIÁM ĐỐC",
            "Hoàng Văn Thái",
        ],
    )
    document.save(path)


def kp3_xlsx(path: Path) -> None:
    """A state irrigation company's yearly programme (.xlsx): title rows, `TT | Công việc | Đơn vị
    chủ trì | Phối hợp | Thời gian | Dự toán (tr.đ)`, two section rows (`A`, `B`), times abbreviated
    (`T2 - T4`, `Q3`, `9T đầu năm`, `6T cuối năm`, `Hết năm`, `T11`) or a third of a month
    (`Trung tuần tháng 5`, `Thượng tuần tháng 8`), leads abbreviated (`P.QLN`, `Xí nghiệp TL1`,
    `Ban ATLĐ`, `P.KH-KT`, `P.TC-KT`) and spelt out in a `Chữ viết tắt:` line under the table, a
    `Cộng` row summing the estimates (no item), the director's signature."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2028"
    sheet.append(["CÔNG TY TNHH MTV KHAI THÁC THỦY LỢI NAM TRÀ"])
    sheet.append(["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028"])
    sheet.append([])
    sheet.append(["TT", "Công việc", "Đơn vị chủ trì", "Phối hợp", "Thời gian", "Dự toán (tr.đ)"])
    rows = [
        ["A", "VẬN HÀNH, BẢO TRÌ CÔNG TRÌNH", None, None, None, None],
        [1, "Nạo vét kênh chính Bắc Trà đoạn từ K2 đến K5+300", "Xí nghiệp TL1", "P.KH-KT", "T2 - T4", 1860],
        [2, "Kiểm định an toàn đập hồ chứa nước Đá Bạc", "P.QLN", "Xí nghiệp TL1", "Trung tuần tháng 5", 540],
        [
            3,
            "Lập quy trình vận hành liên hồ mùa lũ năm 2028",
            "P.QLN",
            "P.KH-KT",
            "Thượng tuần tháng 8",
            None,
        ],
        [4, "Sửa chữa cống lấy nước đầu mối Trạm bơm Phú Cát", "P.KH-KT", "Xí nghiệp TL1", "Q3", 720],
        ["B", "QUẢN TRỊ, TÀI CHÍNH", None, None, None, None],
        [5, "Hoàn thành thanh lý tài sản cố định đã hết khấu hao", "P.TC-KT", None, "9T đầu năm", None],
        [
            6,
            "Huấn luyện an toàn vệ sinh lao động cho công nhân vận hành",
            "Ban ATLĐ",
            "Các xí nghiệp",
            "6T cuối năm",
            85,
        ],
        [
            7,
            "Quyết toán kinh phí hỗ trợ sử dụng sản phẩm dịch vụ thủy lợi công ích",
            "P.TC-KT",
            "P.KH-KT",
            "Hết năm",
            None,
        ],
        [8, "Xây dựng đơn giá sản phẩm dịch vụ thủy lợi năm 2029", "P.KH-KT", "P.TC-KT", "T11", None],
        [None, "Cộng", None, None, None, 3205],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(
        [
            "Chữ viết tắt: P.QLN - Phòng Quản lý nước; P.KH-KT - Phòng Kế hoạch - Kỹ thuật; P.TC-KT - Phòng Tài chính - Kế toán; Ban ATLĐ - Ban An toàn lao động; Xí nghiệp TL1 - Xí nghiệp Thủy lợi số 1."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    sheet.append([])
    sheet.append([None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, "Phan Thanh Nhàn"])
    book.save(path)


def siblings_kp() -> None:
    h = heldout_writers()
    kp1_docx(h, DOCS / "kp1_ctr_quy_ttyt_hang_thang_ngay_trong_thang.docx")
    kp3_xlsx(DOCS / "kp3_ctct_cty_thuy_loi_tien_do_viet_tat.xlsx")
