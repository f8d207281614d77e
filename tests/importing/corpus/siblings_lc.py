"""The main corpus's sibling of the held-out document h40 (moved to the main corpus when the importer
was taught its shape, helper h13fixLC): a week calendar kept in Excel whose preparing column prints
units as short forms (`P.TC-KH`, `P.NN-PTNT`, `VP HĐND-UBND`) that a `Chữ viết tắt:` row under the
table spells out; the lead keeps what the sheet prints beside the name written out (lc3). The
siblings of h302 (lc1, lc2: office short forms before a run-in colon with no legend) are text, by hand.
Their expected items (expected/lc*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-lc` writes lc3 (.xlsx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def lc3_xlsx(path: Path) -> None:
    """A district People's Committee's week calendar (.xlsx): the day cell merged down over its
    rows, a `Đơn vị chuẩn bị` column of short forms, a `làm việc tại cơ quan` row, and a legend row
    merged across the sheet under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuần 41"
    sheet.append(["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"])
    sheet.append(["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND HUYỆN TUẦN 41 (Từ ngày 11/10/2027 đến ngày 15/10/2027)"])
    sheet.append([])
    sheet.append(
        ["Ngày", "Buổi", "Giờ", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị"]
    )
    rows = [
        (
            "Thứ Hai\n11/10",
            "Sáng",
            "7h30",
            "Giao ban lãnh đạo UBND huyện đầu tuần",
            "Chủ tịch",
            "Các Phó Chủ tịch; Chánh VP",
            "Phòng họp số 1",
            "VP HĐND-UBND",
        ),
        (
            None,
            "Chiều",
            "14h00",
            "Họp thẩm định dự toán ngân sách năm 2028 của các xã",
            "PCT Đỗ Văn Sơn",
            "P.TC-KH; Chủ tịch UBND các xã",
            "Hội trường UBND huyện",
            "P.TC-KH",
        ),
        (
            "Thứ Ba\n12/10",
            "Sáng",
            "8h00",
            "Kiểm tra tiến độ thu hoạch lúa mùa và chuẩn bị sản xuất vụ Đông",
            "PCT Hà Thị Lan",
            "P.NN-PTNT; Trạm Khuyến nông",
            "Các xã vùng trũng",
            "P.NN-PTNT",
        ),
        (None, "Chiều", None, "Lãnh đạo UBND huyện làm việc tại cơ quan", None, None, None, None),
        (
            "Thứ Tư\n13/10",
            "Cả ngày",
            None,
            "Hội thi tuyên truyền viên pháp luật cấp huyện năm 2027",
            "PCT Hà Thị Lan",
            "Ban Giám khảo; các đội thi",
            "Nhà văn hóa huyện",
            "P.VH-TT",
        ),
        (
            "Thứ Năm\n14/10",
            "Sáng",
            "8h00",
            "Tiếp công dân định kỳ tháng 10",
            "Chủ tịch",
            "Thanh tra huyện; P.TN-MT",
            "Trụ sở tiếp công dân",
            "Ban Tiếp công dân",
        ),
        (
            "Thứ Sáu\n15/10",
            "Sáng",
            "8h00",
            "Họp Ban Chỉ đạo xây dựng nông thôn mới huyện",
            "Chủ tịch",
            "Thành viên Ban Chỉ đạo",
            "Phòng họp số 1",
            "P.NN-PTNT",
        ),
        (
            None,
            "Chiều",
            "14h00",
            "Duyệt kế hoạch trang trí đường phố chào mừng Đại hội Đoàn huyện",
            "PCT Đỗ Văn Sơn",
            "Huyện Đoàn; VP HĐND-UBND",
            "Phòng họp số 2",
            "P.VH-TT",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    for top, bottom in ((5, 6), (7, 8)):
        sheet.merge_cells(f"A{top}:A{bottom}")
    sheet.append([])
    sheet.append(
        [
            "Chữ viết tắt: VP HĐND-UBND: Văn phòng HĐND và UBND huyện; P.TC-KH: Phòng Tài chính - Kế hoạch; "
            "P.NN-PTNT: Phòng Nông nghiệp và Phát triển nông thôn; P.VH-TT: Phòng Văn hóa và Thông tin; "
            "P.TN-MT: Phòng Tài nguyên và Môi trường."
        ]
    )
    last = sheet.max_row
    sheet.merge_cells(f"A{last}:H{last}")
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def siblings_lc() -> None:
    lc3_xlsx(DOCS / "lc3_lich_tuan_huyen_xlsx_viet_tat_hang_cuoi.xlsx")
