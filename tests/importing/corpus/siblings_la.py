"""The main corpus's sibling of the held-out document h208 (moved to the main corpus when the importer
was taught its shape, by the lead on 2026-12-04): a task register exported to Excel with a record code
left of the deadline and the deadline left of the task. la1 (a CSV) is written by hand. Their expected
items (expected/la1_…, la2_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-la` writes la2 (.xlsx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def la2_xlsx(path: Path) -> None:
    """A district People's Committee office's task register saved from its e-office system as .xlsx:
    title rows, `STT | Mã hồ sơ | Hạn hoàn thành | Nội dung công việc | Đơn vị chủ trì | Ghi chú`;
    one deadline cell merged down over two tasks (both due then), one left blank (no deadline: not
    the row above's), one blank beside `Thực hiện thường xuyên` in the note."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sach"
    sheet.append(["UBND HUYỆN ĐÔNG SƠN - VĂN PHÒNG HĐND VÀ UBND"])
    sheet.append(["SỔ THEO DÕI NHIỆM VỤ ĐƯỢC GIAO THÁNG 8/2028 (xuất từ hệ thống)"])
    sheet.append([])
    sheet.append(["STT", "Mã hồ sơ", "Hạn hoàn thành", "Nội dung công việc", "Đơn vị chủ trì", "Ghi chú"])
    rows = [
        (
            1,
            "NV.0815",
            "12/8/2028",
            "Tham mưu báo cáo kết quả thu ngân sách 7 tháng đầu năm",
            "Phòng Tài chính - Kế hoạch",
            "",
        ),
        (
            2,
            "NV.0817",
            "25/8/2028",
            "Tổ chức hội nghị sơ kết công tác giảm nghèo bền vững",
            "Phòng Lao động - Thương binh và Xã hội",
            "",
        ),
        (
            3,
            "NV.0818",
            None,
            "Kiểm tra tiến độ giải phóng mặt bằng tuyến đường trục xã Đông Tiến",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "",
        ),
        (
            4,
            "NV.0820",
            "",
            "Xây dựng phương án phòng chống lụt bão mùa mưa năm 2028",
            "Phòng Nông nghiệp và Môi trường",
            "",
        ),
        (
            5,
            "NV.0823",
            "",
            "Theo dõi, tổng hợp phản ánh của người dân trên cổng dịch vụ công",
            "Văn phòng HĐND và UBND huyện",
            "Thực hiện thường xuyên",
        ),
        (
            6,
            "NV.0826",
            "31/8/2028",
            "Rà soát hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
            "Văn phòng Điều phối nông thôn mới",
            "",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("C6:C7")  # NV.0817 and NV.0818 both due 25/8
    book.save(path)


def siblings_la() -> None:
    la2_xlsx(DOCS / "la2_so_theo_doi_nv_huyen_ma_ho_so_han_gop.xlsx")
