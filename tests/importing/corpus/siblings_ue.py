"""The main corpus's siblings of the held-out document h647 (moved to the main corpus when the importer
was taught its shape, by h13fixUE on 2026-12-06): a works or investment board's sheet of milestones
whose time column is headed as a milestone (`Mốc hoàn thành`, `Cột mốc`, `Mốc tiến độ`), mixing real
date cells (some in the next year) with text times and rounds, quantities and their units beside, group
rows merged across, and a merged note under the table whose remark opens with a column's label (its
legend) before asking every unit of a kind for a report by a round: the item is the request alone.
Their expected items (expected/ue1_…, ue2_…, ue3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ue` writes the three.
"""

from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(
    path: Path,
    title: str,
    titles: tuple,
    header: tuple,
    rows: list,
    note: str,
    date_format: str,
    signature: tuple = (),
) -> None:
    """Title lines merged across, the header, rows (a group row is its numeral and title, merged
    across from the title's cell; a `datetime` is a real date cell in `date_format`), a blank row,
    the note merged across the whole width, and the signature under it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title
    width = len(header)
    for number, text in enumerate(titles, start=1):
        sheet.cell(row=number, column=1, value=text).font = Font(bold=True)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    row_number = len(titles) + 2
    for column, text in enumerate(header, start=1):
        sheet.cell(row=row_number, column=column, value=text).font = Font(bold=True)
    for row in rows:
        row_number += 1
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value if value != "" else None)
            if isinstance(value, datetime):
                cell.number_format = date_format
        if len([value for value in row if value != ""]) == 2:  # a group row: its title merged across
            for column in (1, 2):
                sheet.cell(row=row_number, column=column).font = Font(bold=True)
            sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=width)
    row_number += 2
    sheet.cell(row=row_number, column=1, value=note)
    sheet.merge_cells(start_row=row_number, start_column=1, end_row=row_number, end_column=width)
    row_number += 1
    for text in signature:
        row_number += 1
        sheet.cell(row=row_number, column=width - 2, value=text)
    book.save(path)


def ue1_xlsx(path: Path) -> None:
    """A water supply company's 2028 investment milestones (.xlsx): `Mốc hoàn thành` of real dates
    (`dd/mm/yyyy`, one in February 2029) and text times, volumes in m and m3 beside, branch works
    under roman projects, and a note whose remark explains the milestone column before asking the
    branches and divisions for a monthly progress report."""
    _sheet(
        path,
        "Moc tien do 2028",
        (
            "CÔNG TY CỔ PHẦN CẤP NƯỚC VÀ XÂY DỰNG HOÀNG SA",
            "BẢNG MỐC TIẾN ĐỘ CÁC DỰ ÁN ĐẦU TƯ NĂM 2028",
            "(Kèm theo Quyết định số 118/QĐ-CNHS ngày 20/12/2027 của Tổng Giám đốc Công ty)",
        ),
        (
            "STT",
            "Dự án / Hạng mục",
            "Đơn vị tính",
            "Khối lượng",
            "Mốc hoàn thành",
            "Đơn vị thực hiện",
            "Ghi chú",
        ),
        [
            ("I", "Dự án Nhà máy nước Bắc Sơn (giai đoạn 2)", "", "", "", "", ""),
            (
                1,
                "Lắp đặt tuyến ống truyền tải D600 từ trạm bơm cấp I về nhà máy",
                "m",
                4200,
                datetime(2028, 8, 31),
                "Xí nghiệp Xây lắp số 1 (XN XL1)",
                "",
            ),
            (
                2,
                "Đổ bê tông bể lắng, bể lọc khối xử lý số 2",
                "m3",
                1850,
                "Quý II/2028",
                "XN XL1",
                "Vốn vay ưu đãi",
            ),
            (
                3,
                "Thanh toán khối lượng hoàn thành của dự án",
                "Tỷ đồng",
                96,
                datetime(2029, 2, 15),
                "Phòng Tài chính - Kế toán",
                "",
            ),
            ("II", "Dự án Cải tạo mạng lưới cấp nước khu đô thị Nam Sơn", "", "", "", "", ""),
            (
                4,
                "Thay thế đồng hồ đo nước cho các hộ dân đã quá hạn kiểm định",
                "Chiếc",
                3500,
                "Tháng 10/2028",
                "Xí nghiệp Cấp nước Nam Sơn",
                "",
            ),
            (
                5,
                "Khảo sát, lập bản đồ số hóa mạng lưới đường ống phân phối",
                "km",
                65,
                datetime(2028, 4, 20),
                "Phòng Kỹ thuật",
                "",
            ),
            ("III", "Chỉ tiêu chung", "", "", "", "", ""),
            (
                6,
                "Kiểm tra chất lượng nước sau xử lý tại các nhà máy",
                "Lần",
                12,
                "Hằng tháng",
                "Phòng Kỹ thuật",
                "",
            ),
        ],
        "Ghi chú: Mốc hoàn thành là ngày ký biên bản nghiệm thu khối lượng, riêng thanh toán tính đến "
        "hết ngày 15/02/2029. Các xí nghiệp, phòng báo cáo tiến độ về Phòng Kế hoạch - Đầu tư trước "
        "ngày 25 hằng tháng để tổng hợp, báo cáo Tổng Giám đốc.",
        "dd/mm/yyyy",
        ("TỔNG GIÁM ĐỐC", "", "", "Lê Hoàng Phúc"),
    )


def ue2_xlsx(path: Path) -> None:
    """A district transport works board's 2029 sheet (.xlsx): `Cột mốc` of date cells in `d/m/yyyy`
    (one in January 2030, the end of the year's disbursement) and text (`Trước 15/9/2029`, a
    quarter, `Hằng tuần`), `ĐVT` and a target column, and a note whose remark opens with the plan
    column's label before a `;` and asks the sections for a weekly update."""
    _sheet(
        path,
        "Ke hoach 2029",
        (
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN TÂN LẠC",
            "KẾ HOẠCH TIẾN ĐỘ CÁC CÔNG TRÌNH GIAO THÔNG NĂM 2029",
        ),
        ("TT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch năm 2029", "Cột mốc", "Bộ phận phụ trách"),
        [
            ("A", "Đường liên xã Phú Cường - Quyết Chiến"),
            (
                1,
                "Hoàn thành nền, móng đường đoạn Km0 - Km3+500",
                "Km",
                3.5,
                datetime(2029, 7, 31),
                "Bộ phận Giám sát kỹ thuật",
            ),
            (
                2,
                "Giải ngân kế hoạch vốn năm 2029 của công trình",
                "Triệu đồng",
                28500,
                datetime(2030, 1, 31),
                "Bộ phận Kế hoạch - Tổng hợp",
            ),
            ("B", "Cầu Suối Rút và đường dẫn hai đầu cầu"),
            (
                3,
                "Trình thẩm định hồ sơ thiết kế bản vẽ thi công",
                "Hồ sơ",
                1,
                "Trước 15/9/2029",
                "Bộ phận Kế hoạch - Tổng hợp",
            ),
            (
                4,
                "Thi công hoàn thành mố, trụ cầu",
                "%",
                100,
                "Quý IV/2029",
                "Bộ phận Giám sát kỹ thuật",
            ),
            (
                5,
                "Họp giao ban hiện trường với nhà thầu thi công",
                "Buổi",
                52,
                "Hằng tuần",
                "Bộ phận Giám sát kỹ thuật",
            ),
        ],
        "Lưu ý: Kế hoạch năm 2029 tính theo giá trị khối lượng được nghiệm thu; các bộ phận cập nhật số "
        "liệu thực hiện vào phần mềm quản lý dự án trước 16 giờ thứ Sáu hằng tuần.",
        "d/m/yyyy",
        ("GIÁM ĐỐC", "", "", "Hà Văn Thịnh"),
    )


def ue3_xlsx(path: Path) -> None:
    """A provincial hospital's 2030 equipment investment plan (.xlsx): `Mốc tiến độ` of date cells
    (`dd/mm/yyyy`) and months, its offices in full with an abbreviation on first use, quantities in
    sets and units, and a note whose remark explains the milestone column before asking the
    departments and offices for a quarterly report."""
    _sheet(
        path,
        "KH dau tu TTB",
        (
            "BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NINH HẢI",
            "KẾ HOẠCH ĐẦU TƯ TRANG THIẾT BỊ Y TẾ NĂM 2030",
        ),
        ("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Mốc tiến độ", "Khoa, phòng phụ trách"),
        [
            ("I", "Thiết bị chẩn đoán hình ảnh"),
            (
                1,
                "Mua sắm, lắp đặt hệ thống chụp cộng hưởng từ 1.5 Tesla",
                "Hệ thống",
                1,
                datetime(2030, 9, 30),
                "Phòng Vật tư - Thiết bị y tế (Phòng VTTB)",
            ),
            (
                2,
                "Đào tạo kỹ thuật viên vận hành thiết bị chẩn đoán hình ảnh mới",
                "Người",
                8,
                "Tháng 11/2030",
                "Khoa Chẩn đoán hình ảnh",
            ),
            ("II", "Thiết bị hồi sức cấp cứu"),
            (
                3,
                "Lựa chọn nhà thầu cung cấp máy thở xâm nhập và không xâm nhập",
                "Gói thầu",
                1,
                datetime(2030, 5, 10),
                "Phòng VTTB",
            ),
            (
                4,
                "Tiếp nhận, bàn giao máy thở cho Khoa Hồi sức tích cực - Chống độc",
                "Chiếc",
                12,
                datetime(2030, 8, 15),
                "Phòng VTTB",
            ),
            (
                5,
                "Bảo dưỡng định kỳ máy thở, máy theo dõi bệnh nhân",
                "Lượt",
                4,
                "Hằng quý",
                "Phòng VTTB",
            ),
        ],
        "Lưu ý: Mốc tiến độ tính đến ngày bàn giao thiết bị cho khoa sử dụng. Các khoa, phòng báo cáo "
        "tiến độ thực hiện về Phòng Kế hoạch tổng hợp trước ngày 10 của tháng đầu quý sau.",
        "dd/mm/yyyy",
        ("GIÁM ĐỐC", "", "", "Trịnh Minh Quang"),
    )


def siblings_ue() -> None:
    for name, write in (
        ("ue1_moc_tien_do_cong_ty_cap_nuoc_2028.xlsx", ue1_xlsx),
        ("ue2_cot_moc_ban_qlda_huyen_giao_thong_2029.xlsx", ue2_xlsx),
        ("ue3_moc_tien_do_benh_vien_trang_thiet_bi_2030.xlsx", ue3_xlsx),
    ):
        write(DOCS / name)
        print(DOCS / name)
