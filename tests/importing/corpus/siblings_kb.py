"""The main corpus's siblings of the held-out documents h209, h214, h219 and h222 (helper h13fixKB):
kb1, an indicator table whose `Lộ trình thực hiện` column dates some rows only (one a vague time
with its expected day in parentheses); kb2, a monthly calendar sheet whose standing meetings stand
in a part of their own above the dated rows and whose note row, merged across the table, asks every
group for next month's calendar; kb4, indicators with decimal codes under numbered group rows
and a `Lộ trình hoàn thành` column. kb3 (Markdown, one small table per problem and a block-quoted
request recurring each month) is written by hand. Their expected items (expected/kb1_…–kb4_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-kb` writes kb1, kb2 and kb4 (.xlsx).
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kb1_xlsx(path: Path) -> None:
    """A ward People's Committee's main indicators for 2028: title lines, `STT | Chỉ tiêu | ĐVT |
    Quận giao | Phường phấn đấu | Bộ phận theo dõi | Lộ trình thực hiện`, roman group rows, rows
    numbered `1`, `2` …; `Lộ trình thực hiện` filled on some rows (a month, a day after `Chậm nhất`,
    a quarter, `Hằng tháng`, `Sau khai giảng (dự kiến ngày 05/9)`), the note under the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu"
    sheet.append(["ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ"])
    sheet.append(["CÁC CHỈ TIÊU CHỦ YẾU NĂM 2028"])
    sheet.append(["(Kèm theo Kế hoạch số 09/KH-UBND ngày 12/01/2028 của UBND phường)"])
    sheet.append([])
    sheet.append(
        ["STT", "Chỉ tiêu", "ĐVT", "Quận giao", "Phường phấn đấu", "Bộ phận theo dõi", "Lộ trình thực hiện"]
    )
    rows = [
        ("I", "VỀ KINH TẾ", "", "", "", "", ""),
        ("1", "Thu ngân sách trên địa bàn", "Triệu đồng", 18500, 19000, "Bộ phận Tài chính - Kế toán", "Tháng 10/2028"),
        ("2", "Số hộ kinh doanh đăng ký mới", "Hộ", 60, 75, "Bộ phận Kinh tế", ""),
        ("3", "Tỷ lệ hộ kinh doanh sử dụng hóa đơn điện tử", "%", "90", "≥ 95", "Bộ phận Kinh tế", "Hằng tháng"),
        ("II", "VỀ VĂN HÓA - XÃ HỘI", "", "", "", "", ""),
        ("4", "Tỷ lệ trẻ 6 tuổi vào lớp 1", "%", 100, 100, "Bộ phận Văn hóa - Xã hội", "Sau khai giảng (dự kiến ngày 05/9)"),
        ("5", "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa", "%", "92", "93,5", "Bộ phận Văn hóa - Xã hội", ""),
        ("6", "Số hộ thoát nghèo trong năm", "Hộ", 12, 15, "Bộ phận Văn hóa - Xã hội", "Chậm nhất 15/11/2028"),
        ("III", "VỀ QUẢN LÝ ĐÔ THỊ", "", "", "", "", ""),
        ("7", "Tỷ lệ tuyến hẻm được chỉnh trang chiếu sáng", "%", "40", "45", "Bộ phận Địa chính - Xây dựng", "Quý III/2028"),
        ("8", "Số tuyến đường đạt chuẩn văn minh đô thị", "Tuyến", 3, 4, "Bộ phận Địa chính - Xây dựng", ""),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    sheet.append(["", "Ghi chú: Chỉ tiêu để trống lộ trình được đánh giá khi tổng kết năm 2028."])
    sheet.append([])
    sheet.append(["", "", "", "", "", "TM. ỦY BAN NHÂN DÂN"])
    sheet.append(["", "", "", "", "", "CHỦ TỊCH"])
    sheet.append(["", "", "", "", "", "Lê Thanh Bình"])
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet.merge_cells("A3:G3")
    book.save(path)


def kb2_xlsx(path: Path) -> None:
    """A district medical centre's calendar for March 2028 on one sheet: `Thứ, ngày | Thời gian |
    Nội dung | Lãnh đạo chủ trì | Địa điểm | Bộ phận chuẩn bị`, a merged part row `I. LỊCH THƯỜNG
    XUYÊN` over standing meetings (`Sáng thứ Ba hằng tuần`, `Ngày 28 hằng tháng`), `II. LỊCH CỤ THỂ`
    over dated rows (`Thứ Năm, 02/3`), and a merged `Lưu ý:` row under them asking every group for
    April's calendar by a day."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "T3-2028"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN PHÚ THẠNH"])
    sheet.append(["LỊCH LÀM VIỆC THÁNG 3/2028"])
    sheet.append([])
    sheet.append(["Thứ, ngày", "Thời gian", "Nội dung", "Lãnh đạo chủ trì", "Địa điểm", "Bộ phận chuẩn bị"])
    sheet.append(["I. LỊCH THƯỜNG XUYÊN"])
    rows = [
        ("Sáng thứ Ba hằng tuần", "07h30", "Giao ban lãnh đạo Trung tâm với các khoa, trạm", "Giám đốc", "Phòng họp số 1", "Phòng Kế hoạch - Nghiệp vụ"),
        ("Ngày 28 hằng tháng", "14h00", "Họp Hội đồng chuyên môn bình bệnh án", "Phó Giám đốc Trần Thị Lụa", "Phòng họp số 1", "Khoa Khám bệnh"),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    sheet.append(["II. LỊCH CỤ THỂ"])
    rows = [
        ("Thứ Năm, 02/3", "08h00", "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ dưới 5 tuổi", "Giám đốc", "Hội trường", "Khoa Kiểm soát bệnh tật"),
        ("Thứ Hai, 06/3", "", "Nghỉ bù", "", "", ""),
        ("Thứ Tư, 08/3", "15h00", "Gặp mặt nữ viên chức nhân Ngày Quốc tế Phụ nữ", "Chủ tịch Công đoàn", "Hội trường", "Công đoàn Trung tâm"),
        ("Thứ Ba, 14/3", "08h00", "Kiểm tra công tác y tế học đường tại các trạm y tế xã", "Phó Giám đốc Trần Thị Lụa", "Trạm Y tế các xã", "Khoa Y tế công cộng"),
        ("20/3 - 22/3", "Cả ngày", "Tập huấn cấp cứu ngoại viện cho nhân viên trạm y tế", "Giám đốc", "Hội trường", "Khoa Cấp cứu; Phòng Kế hoạch - Nghiệp vụ"),
        ("Thứ Sáu, 24/3", "09h00", "Làm việc với Bảo hiểm xã hội huyện về quyết toán quý I", "Giám đốc", "Phòng họp số 2", "Phòng Tài chính - Kế toán"),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    note = (
        "Lưu ý: Các khoa, trạm gửi đăng ký lịch làm việc tháng 4/2028 về Phòng Kế hoạch - Nghiệp vụ "
        "trước ngày 27/3/2028 để tổng hợp."
    )
    sheet.append([note])
    sheet.append([])
    sheet.append(["", "", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "", "Võ Minh Khang"])
    for merged in ("A1:F1", "A2:F2", "A5:F5", "A8:F8", "A15:F15"):
        sheet.merge_cells(merged)
    book.save(path)


def kb4_xlsx(path: Path) -> None:
    """A district health centre's indicators for 2029 with decimal codes under numbered group rows
    (`1 | CHỈ TIÊU CHUYÊN MÔN` not merged, blank after its text, over `1.1`, `1.2`), two target
    columns and a `Lộ trình hoàn thành` column filled on some rows: a blank one under a group row is
    none, not the due of the row above the group."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu 2029"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN KRÔNG NĂNG"])
    sheet.append(["CHỈ TIÊU CHUYÊN MÔN NĂM 2029"])
    sheet.append([])
    sheet.append(
        [
            "Mã",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Sở giao",
            "Trung tâm phấn đấu",
            "Khoa theo dõi",
            "Lộ trình hoàn thành",
        ]
    )
    rows = [
        ("1", "CHỈ TIÊU CHUYÊN MÔN", "", "", "", "", ""),
        ("1.1", "Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ", "%", "95", "≥ 96", "Khoa Kiểm soát bệnh tật", "Tháng 11/2029"),
        ("1.2", "Số ca khám sàng lọc tăng huyết áp", "Lượt", 4000, 4500, "Khoa Khám bệnh", "Hằng quý"),
        ("2", "CHỈ TIÊU QUẢN LÝ", "", "", "", "", ""),
        ("2.1", "Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật", "%", "85", "90", "Phòng Kế hoạch - Nghiệp vụ", ""),
        ("2.2", "Tỷ lệ người bệnh hài lòng với dịch vụ", "%", "90", "92", "Phòng Điều dưỡng", "Trước 15/10/2029"),
        ("2.3", "Số trạm y tế xã đạt chuẩn quốc gia", "Trạm", 10, 11, "Phòng Kế hoạch - Nghiệp vụ", ""),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["", "", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "", "Y Thuột Niê"])
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    book.save(path)


def siblings_kb() -> None:
    kb1_xlsx(DOCS / "kb1_chi_tieu_phuong_lo_trinh_thuc_hien.xlsx")
    kb2_xlsx(DOCS / "kb2_lich_thang_ttyt_lich_thuong_xuyen.xlsx")
    kb4_xlsx(DOCS / "kb4_chi_tieu_ttyt_ma_thap_phan_lo_trinh.xlsx")
