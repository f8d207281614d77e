"""The main corpus's siblings of the held-out documents h234 and h242 (helper h13fixKD): kd1, a
primary school's yearly plan whose month columns `Tháng 9` … `Tháng 5` (a school year crossing the
new year) hold the day of the month (`5`, `18 - 20`, a span `28-31` then `1-3` over two months,
the same day in every month); kd3, a ward's assignment table for a festival, saved as .xls, whose
due column comes before the task, with dues at a session or a clock time of a day (`Chiều 14/11
(tập dượt)`, `7g30 ngày 16/11`) and an unlabelled request to every unit merged across under the
rows. kd2 (h239's sibling, a CSV in US date order with a checkbox column) is written by hand.
Their expected items (expected/kd1_…–kd3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-kd` writes kd1 (.xlsx) and kd3 (.xls,
through LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def kd1_xlsx(path: Path) -> None:
    """A primary school's plan of activities for the school year 2028 - 2029: title rows, a
    two-row header whose `Ngày thực hiện trong tháng` spans `Tháng 9` … `Tháng 12`, `Tháng 1` …
    `Tháng 5`, each cell the day (`5`, `18 - 20`) of that month; a legend line under the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Nam hoc 2028-2029"
    months = [
        "Tháng 9",
        "Tháng 10",
        "Tháng 11",
        "Tháng 12",
        "Tháng 1",
        "Tháng 2",
        "Tháng 3",
        "Tháng 4",
        "Tháng 5",
    ]
    sheet.append(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO - TRƯỜNG TIỂU HỌC HÒA AN"])
    sheet.append(["KẾ HOẠCH HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2028 - 2029"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Hoạt động",
            "Bộ phận chủ trì",
            "Người phụ trách",
            "Ngày thực hiện trong tháng",
            *[""] * 8,
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "", *months, ""])
    blank = [""] * 9

    def row(number, activity, lead, person, days: dict[int, object], note=""):
        cells = list(blank)
        for index, day in days.items():
            cells[index] = day
        sheet.append([number, activity, lead, person, *cells, note])

    row(
        1,
        "Tổ chức Lễ khai giảng năm học 2028 - 2029",
        "Ban Giám hiệu",
        "Cô Hạnh - HT",
        {0: 5},
        "Mời Ban đại diện cha mẹ học sinh",
    )
    row(
        2,
        "Hội thi vẽ tranh về an toàn giao thông cho học sinh khối 3, 4, 5",
        "Liên đội",
        "Thầy Phúc - TPT",
        {1: "18 - 20"},
    )
    row(
        3,
        "Chào mừng Ngày Nhà giáo Việt Nam 20/11: thi văn nghệ, báo tường",
        "Công đoàn trường",
        "Cô Mai - CTCĐ",
        {2: "14-20"},
    )
    row(
        4,
        "Hội chợ Xuân gây quỹ khuyến học",
        "Tổ Văn phòng",
        "Cô Ngân - KT",
        {3: "28-31", 4: "1-3"},
        "Tại sân trường",
    )
    row(
        5,
        "Sinh hoạt dưới cờ theo chủ đề của tháng",
        "Liên đội",
        "Thầy Phúc - TPT",
        dict.fromkeys(range(9), "02"),
    )
    row(6, "Khảo sát chất lượng học sinh khối 5", "Tổ Khối 5", "Cô Thoa - TT", {6: "10-12", 8: "15-17"})
    row(7, "Tổ chức Ngày hội đọc sách năm 2029", "Thư viện trường", "Cô Vy - NVTV", {7: 21})
    row(
        8,
        "Sơ kết học kỳ I, tổng kết năm học và trao thưởng học sinh",
        "Ban Giám hiệu",
        "Cô Hạnh - HT",
        {4: 12, 8: 25},
    )
    sheet.append([])
    sheet.append(
        [
            "Chú thích: số trong ô là ngày thực hiện trong tháng; 18 - 20 là từ ngày 18 đến ngày 20 của tháng đó."
        ]
    )
    sheet.append([])
    sheet.append(["", "", "", "", "", "", "", "", "", "HIỆU TRƯỞNG"])
    sheet.append(["", "", "", "", "", "", "", "", "", "Nguyễn Thị Hạnh"])
    for merged in ("A1:N1", "A2:N2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:M4", "N4:N5", "A15:N15"):
        sheet.merge_cells(merged)
    book.save(path)


def kd3_xlsx(path: Path) -> None:
    """A ward's assignment table for its autumn festival (saved as .xls): `TT | Thời gian | Nội dung
    công việc | Đơn vị thực hiện | Đơn vị phối hợp`, dues before the task at a session or a clock
    time of a day, and a request to every unit merged across under the rows, no label before it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Phan cong"
    sheet.append(["ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA"])
    sheet.append(["PHÂN CÔNG CHUẨN BỊ LIÊN HOAN VĂN NGHỆ QUẦN CHÚNG PHƯỜNG AN HÒA NĂM 2028"])
    sheet.append(["(Liên hoan khai mạc 19g30 thứ Năm, ngày 16/11/2028 tại Nhà văn hóa phường)"])
    sheet.append([])
    sheet.append(["TT", "Thời gian", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp"])
    rows = [
        ("1", "Trước 05/11", "Ban hành thể lệ, gửi giấy mời các khu phố đăng ký tiết mục", "Văn phòng HĐND - UBND phường", ""),
        ("2", "08/11 - 10/11", "Duyệt chương trình, tiết mục của các khu phố", "Phòng Văn hóa - Xã hội", "Đoàn phường"),
        ("3", "Chiều 14/11 (tập dượt)", "Lắp đặt sân khấu, âm thanh, ánh sáng tại Nhà văn hóa", "Trung tâm Văn hóa - Thể thao phường", ""),
        ("4", "Tối 15/11 (tổng duyệt)", "Tổng duyệt chương trình liên hoan", "Phòng Văn hóa - Xã hội", "Trung tâm Văn hóa - Thể thao phường"),
        ("5", "7g30 ngày 16/11", "Bố trí lực lượng giữ trật tự, hướng dẫn phương tiện", "Công an phường", "Đoàn phường"),
        ("6", "16/11/2028", "Trực cấp cứu, y tế tại khu vực liên hoan", "Trạm Y tế phường", ""),
        ("7", "Trước 25/11", "Quyết toán kinh phí tổ chức liên hoan", "Văn phòng HĐND - UBND phường", "Phòng Văn hóa - Xã hội"),
    ]  # fmt: skip
    for values in rows:
        sheet.append(list(values))
    sheet.append([])
    sheet.append(
        [
            "Các đơn vị báo cáo tình hình chuẩn bị về Văn phòng HĐND - UBND phường trước ngày 13/11/2028 để tổng hợp."
        ]
    )
    sheet.append([])
    sheet.append(["", "", "", "TM. ỦY BAN NHÂN DÂN"])
    sheet.append(["", "", "", "CHỦ TỊCH"])
    sheet.append(["", "", "", "Trần Văn Hải"])
    for merged in ("A1:E1", "A2:E2", "A3:E3", "A14:E14"):
        sheet.merge_cells(merged)
    book.save(path)


def siblings_kd() -> None:
    kd1_xlsx(DOCS / "kd1_kh_tieu_hoc_ngay_trong_o_thang_nam_hoc.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: kd3 (.xls) was not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    with tempfile.TemporaryDirectory() as tmp:
        name = "kd3_phan_cong_lien_hoan_phuong_han_truoc_viec"
        kd3_xlsx(Path(tmp) / f"{name}.xlsx")
        h.soffice_convert(Path(tmp) / f"{name}.xlsx", "xls", DOCS / f"{name}.xls")
